import { apiError, type RouteHandler } from './api-response.ts'
import { readAtMost } from './read-at-most.ts'

/** The largest request body the API reads: 1 MB. Library entries are a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024

const tooLarge = (maxBytes: number) =>
  apiError(413, `The request body is larger than ${maxBytes} bytes (1 MB), the most this API reads. Send less per request.`)

/**
 * Answers 413 to a request whose body is over `maxBytes`, before anything parses it: at once when
 * `Content-Length` says so, otherwise as soon as the streamed bytes pass the limit (a chunked body
 * or a false `Content-Length` gets no further). A body within the limit is passed on unchanged.
 */
export function limitBodySize<Context>(handler: RouteHandler<Context>, maxBytes = MAX_BODY_BYTES): RouteHandler<Context> {
  return async (request, context) => {
    if (!request.body) return handler(request, context)
    const declared = Number(request.headers.get('content-length') ?? 0)
    if (declared > maxBytes) return tooLarge(maxBytes)
    const body = await readAtMost(request.body, maxBytes)
    if (!body) return tooLarge(maxBytes)
    const buffered = new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal })
    return handler(buffered, context)
  }
}
