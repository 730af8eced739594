/**
 * Pagefind in Node, for tools, tests and benchmarks: the site's own generated `pagefind.js`, run
 * against a built site folder on disk. Pagefind has no Node API for searching (upstream #519), but
 * its browser bundle runs in Node once `fetch` can read the bundle's files; this shims `fetch` for
 * URLs under the bundle and leaves every other URL to the real one. Node only.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { pairOf, type PagefindPair, type PagefindModule } from './search-pagefind.ts'

/** Where the bundle is served from, as Pagefind asks for its files. */
const BUNDLE_PATH = '/pagefind/'

/** Site folders whose files the shimmed `fetch` serves, newest registration first. */
const folders: string[] = []
let shimmed = false

function shimFetch(): void {
  if (shimmed) return
  shimmed = true
  const realFetch = globalThis.fetch
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const path = url.startsWith('file://') ? new URL(url).pathname : url
    const folder = folders.find((dir) => path.startsWith(`${dir}${BUNDLE_PATH}`))
    if (!folder) return realFetch(input, init)
    try {
      return new Response(await readFile(path.split('?')[0]!))
    } catch {
      return new Response(null, { status: 404 })
    }
  }
}

/**
 * Loads the Pagefind bundle of a built site folder (`<dir>/pagefind/pagefind.js`) with the given
 * options (the site's ranking): an instance for word searches, and one for filters on first use.
 * Each call gives fresh instances.
 */
export async function loadPagefindFrom(dir: string, options: Record<string, unknown> = {}): Promise<PagefindPair> {
  shimFetch()
  if (!folders.includes(dir)) folders.unshift(dir)
  const bundle = join(dir, 'pagefind', 'pagefind.js')
  // A query string per load: Node caches modules by URL, and each instance must be its own.
  const module = (await import(`${pathToFileURL(bundle).href}?load=${Date.now()}-${Math.random()}`)) as PagefindModule
  return pairOf(module, { ...options, basePath: `${dir}${BUNDLE_PATH}`, baseUrl: '/' })
}
