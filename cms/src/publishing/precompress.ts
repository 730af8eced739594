import { readdirSync, type Dirent } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

/** Text files worth compressing; Pagefind's index files are gzip already and images are compressed formats. */
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.md', '.txt', '.svg', '.xml'])
/** Below 1 KB compression saves less than it costs (the threshold expressjs/compression uses by default). */
const MIN_BYTES = 1024
/** Files compressed at once: zlib runs on libuv's thread pool (4 threads by default), so a few more keep it busy without holding the whole build in memory. */
const BATCH = 8
/**
 * Brotli quality 5: on text like our pages it gets within a few percent of quality 11 at a small
 * fraction of the time (the brotli authors' own benchmarks show the knee near 4-6), so publishing
 * stays fast. Gzip at zlib's default level 6.
 */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of at least 1 KB in a finished build,
 * for the static server to send to clients that accept them (sirv's `brotli`/`gzip` options), so
 * no request pays for compressing. A compressed copy not smaller than its file is not written.
 * Returns how many files got copies. Throws on a file it cannot read or write.
 */
export async function precompress(dir: string): Promise<number> {
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile() && TEXT.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
  let compressed = 0
  for (let start = 0; start < files.length; start += BATCH) {
    const done = await Promise.all(files.slice(start, start + BATCH).map(compressOne))
    compressed += done.filter(Boolean).length
  }
  return compressed
}

async function compressOne(file: string): Promise<boolean> {
  const bytes = await readFile(file)
  if (bytes.length < MIN_BYTES) return false
  const [br, gz] = await Promise.all([brotli(bytes, BROTLI), gzipAsync(bytes)])
  await Promise.all([br.length < bytes.length && writeFile(`${file}.br`, br), gz.length < bytes.length && writeFile(`${file}.gz`, gz)])
  return br.length < bytes.length || gz.length < bytes.length
}
