/** A Next route handler as Payload exports them: a Web `Request` in, a `Response` out. */
export type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * An error answer in Payload's own shape, `{ errors: [{ message }] }`, so tools read the CMS's
 * refusals and Payload's the same way. `message` says what was wrong and what was expected.
 */
export function apiError(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status })
}
