import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { contentType } from 'mime-types'

/** Cache headers: hashed files never change under their name; everything else is revalidated on every use. */
const IMMUTABLE = 'public, max-age=31536000, immutable'
export const NO_CACHE = 'no-cache'

/**
 * Files whose name carries a hash of their content: Astro's bundles (`_astro/`) and Pagefind's
 * index, fragments, filters and metadata (`pagefind.<hash>.pf_meta`), which `pagefind-entry.json`
 * names. The rest (pages, `pagefind.js`, `pagefind-entry.json`, `kb.json`, `llms*.txt`, the
 * Markdown twins) keeps its name from build to build: an entry point.
 */
const HASHED = /^(_astro\/|pagefind\/(fragment|index|filter)\/|pagefind\/pagefind\.[0-9a-f]{6,}\.pf_meta$)/

/**
 * Pagefind's own index files (the `.pf_` files under `pagefind/`, and its `wasm.<language>.pagefind`;
 * paths inside a build): gzip, with a signature inside that Pagefind looks for before inflating a file itself
 * (pagefind.js, `decompress`). Sent with `Content-Encoding: gzip`, the browser inflates them
 * natively, off the page's main thread, and Pagefind finds the signature and skips its JavaScript
 * inflate: on a cold search that was 10 to 15 ms of the page's time for each index chunk.
 */
export const isPagefindGzip = (path: string): boolean => /^pagefind\/(.+\.pf_(fragment|index|meta|filter)|wasm\.[\w-]+\.pagefind)$/.test(path)

/** One file of a build as object storage receives it. */
export interface SiteFile {
  /** Path inside the build with forward slashes, e.g. `situations/late-parcel/index.html`. */
  path: string
  /** Absolute path on disk. */
  file: string
  /** MD5 of the content, hex: what S3 reports as the ETag of a single-part upload. */
  md5: string
  hashed: boolean
  cacheControl: string
  contentType: string
  /**
   * `gzip` for Pagefind's own index files (`isPagefindGzip`), stored as they are written. An object
   * left from a deploy before this label (an unchanged file is not uploaded again) keeps none:
   * Pagefind inflates it itself, a little slower.
   */
  contentEncoding?: 'gzip'
}

/**
 * Every public file of a build folder, hashed assets first (so they exist before any entry point
 * names them), then entry points with pages last (they link the search bundle and kb.json).
 * Dot-files (`.build.json`) are private and left out, and so are `.br`/`.gz` copies beside the
 * file they compress. Reads each file once to hash it: memory stays at one file.
 */
export function siteFiles(dir: string): SiteFile[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => ({ file, path: relative(dir, file).split('\\').join('/') }))
    .filter(({ path }) => !path.split('/').some((part) => part.startsWith('.')))
  const paths = new Set(files.map(({ path }) => path))
  return files
    // Compressed copies made for the local static server (`x.html.br` beside `x.html`): a CDN compresses by itself.
    .filter(({ path }) => !/\.(br|gz)$/.test(path) || !paths.has(path.replace(/\.(br|gz)$/, '')))
    .map(({ file, path }): SiteFile => {
      const hashed = HASHED.test(path)
      const extension = path.slice(path.lastIndexOf('.') + 1)
      return {
        path,
        file,
        md5: createHash('md5').update(readFileSync(file)).digest('hex'),
        hashed,
        cacheControl: hashed ? IMMUTABLE : NO_CACHE,
        contentType: contentType(extension) || 'application/octet-stream',
        ...(isPagefindGzip(path) ? { contentEncoding: 'gzip' as const } : {}),
      }
    })
    .sort((a, b) => uploadRank(a) - uploadRank(b) || a.path.localeCompare(b.path))
}

function uploadRank(file: SiteFile): number {
  if (file.hashed) return 0
  return file.path.endsWith('.html') ? 2 : 1
}
