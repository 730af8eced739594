import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, normalize, sep } from 'node:path'
import { gunzipSync } from 'node:zlib'

/** Where Pagefind keeps one compressed fragment (a page's URL, text and meta) per page. */
const FRAGMENT_DIR = join('pagefind', 'fragment')
/** Pagefind 1.x fragments are gzip files whose text starts with this marker, then JSON (`pagefind.js` checks it too). */
const MARKER = 'pagefind_dcd'

/** The page URL a fragment file belongs to, or undefined when it cannot be read as one. */
export function fragmentUrl(file: string): string | undefined {
  try {
    const text = gunzipSync(readFileSync(file)).toString('utf8')
    if (!text.startsWith(MARKER)) return undefined
    const { url } = JSON.parse(text.slice(MARKER.length)) as { url?: unknown }
    return typeof url === 'string' ? url : undefined
  } catch {
    return undefined
  }
}

/** Whether build folder `dir` has a page at site URL `url` (`/scripts/x/` → `scripts/x/index.html`). */
function hasPage(dir: string, url: string): boolean {
  let path: string
  try {
    path = decodeURIComponent(url.split(/[?#]/)[0]!)
  } catch {
    return false
  }
  const target = normalize(join(dir, path))
  if (target !== dir && !target.startsWith(dir + sep)) return false
  return path.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target) || existsSync(join(target, 'index.html'))
}

/**
 * Deletes from an older build `older` the Pagefind fragments of pages the live build `live` no
 * longer has (an entry unpublished or deleted), so the text of an unpublished entry cannot be
 * fetched through the old build while it is kept for open pages. Fragments named alike in both
 * builds (Pagefind names them by content hash) are left alone without being read. A fragment that
 * cannot be read is deleted too: it cannot be shown to belong to a live page. Returns the URLs dropped.
 */
export function dropFragmentsOfRemovedPages(live: string, older: string): string[] {
  let names: string[]
  try {
    names = readdirSync(join(older, FRAGMENT_DIR))
  } catch {
    return []
  }
  let current: Set<string>
  try {
    current = new Set(readdirSync(join(live, FRAGMENT_DIR)))
  } catch {
    current = new Set()
  }
  const dropped: string[] = []
  for (const name of names) {
    if (current.has(name)) continue
    const file = join(older, FRAGMENT_DIR, name)
    const url = fragmentUrl(file)
    if (url !== undefined && hasPage(live, url)) continue
    rmSync(file, { force: true })
    dropped.push(url ?? name)
  }
  return dropped
}
