/**
 * A result's page data (its Pagefind fragment) fetched and unpacked by the browser itself. Pagefind's
 * own `data()` inflates each fragment in JavaScript and works out an excerpt and sub-results the
 * product search never shows (it makes its own excerpt: search-excerpt.ts); on a cold search of
 * 1,000 entries that was most of the 110 to 230 ms between asking for the ten fragments and having
 * them. Here the browser's native DecompressionStream unpacks them off the main thread.
 * A fragment this cannot read (a grouped fragment with no file of its own, a failed request, a
 * browser without DecompressionStream) is left to Pagefind's own `data()`.
 */
import type { PagefindResult, PagefindResultData } from './search-pagefind.ts'

/** Every fragment file starts with this, before or after gzip (Pagefind's `decompress`). */
const SIGNATURE = 'pagefind_dcd'

/** A fragment's JSON, as far as the search reads it. */
interface Fragment {
  url: string
  content: string
  meta?: Record<string, string | undefined>
  filters?: Record<string, string[]>
}

/** The fragment's bytes without the signature: as sent, or gunzipped when the server sent the gzip file itself. */
async function unpack(bytes: Uint8Array): Promise<Uint8Array> {
  const signed = (data: Uint8Array) => new TextDecoder().decode(data.subarray(0, SIGNATURE.length)) === SIGNATURE
  if (signed(bytes)) return bytes.subarray(SIGNATURE.length)
  // Written straight into the stream: a Blob around the bytes is registered with the browser
  // process, which cost 1 to 3 ms a fragment on the page's main thread in Chromium.
  const inflate = new DecompressionStream('gzip')
  const writer = inflate.writable.getWriter()
  void writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => undefined)
  const plain = new Uint8Array(await new Response(inflate.readable).arrayBuffer())
  if (!signed(plain)) throw new Error('not a Pagefind fragment')
  return plain.subarray(SIGNATURE.length)
}

/**
 * Loads `result`'s page data from `<bundlePath>fragment/<id>.pf_fragment`, or with `result.data()`
 * where that fails. `url` is normalised as Pagefind does for a site served from `/` (no double
 * slashes), and zero-width spaces Pagefind adds at word breaks are removed from `content`.
 */
export async function fragmentData(result: PagefindResult, bundlePath: string): Promise<PagefindResultData> {
  if (typeof DecompressionStream === 'undefined') return result.data()
  try {
    const response = await fetch(`${bundlePath}fragment/${result.id}.pf_fragment`)
    if (!response.ok) return result.data()
    const page = JSON.parse(new TextDecoder().decode(await unpack(new Uint8Array(await response.arrayBuffer())))) as Fragment
    if (typeof page.url !== 'string' || typeof page.content !== 'string') return result.data()
    return { url: `/${page.url}`.replace(/\/+/g, '/'), content: page.content.replace(/\u200B/g, ''), excerpt: '', meta: page.meta ?? {}, filters: page.filters ?? {} }
  } catch {
    return result.data()
  }
}
