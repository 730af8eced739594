/**
 * A request body's bytes, or `undefined` as soon as more than `maxBytes` arrive: the rest is never
 * read, so an oversized body (chunked, or with a false `Content-Length`) costs at most `maxBytes`
 * of memory. Used by the API's body limit and by the public feedback endpoint.
 */
export async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      return undefined
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/**
 * A request body as UTF-8 text, or `undefined` when it is larger than `maxBytes` (by its declared
 * `Content-Length` or by what arrives): the public endpoints' reader (feedback, search events).
 */
export async function readTextAtMost(request: Request, maxBytes: number): Promise<string | undefined> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return undefined
  if (!request.body) return ''
  const bytes = await readAtMost(request.body, maxBytes)
  return bytes && new TextDecoder('utf-8', { fatal: false }).decode(bytes)
}
