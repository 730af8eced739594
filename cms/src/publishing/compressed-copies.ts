import { constants as fsConstants, existsSync } from 'node:fs'
import { copyFile, link, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

/** Text files worth compressing; Pagefind's index files are gzip already and images are compressed formats. */
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.md', '.txt', '.svg', '.xml'])
/** Below 1 KB compression saves less than it costs (the threshold expressjs/compression uses by default). */
const MIN_BYTES = 1024
/**
 * Brotli quality 4. Measured on the real library's build (9.0 MB of text in 714 files, 2 loaded
 * cores): quality 4 wrote 2.64 MB in 3.0 s, quality 5 2.46 MB in 6.6 s, quality 11 2.17 MB in
 * 133 s; gzip (level 6) 2.73 MB in 2.2 s.
 */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }
const ENCODINGS = ['.br', '.gz'] as const

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Whether a file of this name is text worth compressing (by its extension). */
export const isCompressible = (name: string): boolean => TEXT.has(extname(name))

/** What a file was when its copies were written: a later change shows in one of these. */
export interface FileState {
  size: number
  mtimeMs: number
  ino: number
}

/**
 * Writes `<file>.br` and `<file>.gz` for a text file of at least 1 KB (a copy not smaller than
 * the file is not written), or links those of `before` (the same file in the live build) when it
 * holds the same bytes. Expects no copies beside `file` (remove them first, `removeCopies`: they
 * may be links shared with another build, and must never be written through). Resolves with the
 * file's state when it was read and whether it was compressed afresh; with `undefined` when the
 * file no longer exists.
 */
export async function writeCopies(file: string, before: string | undefined): Promise<{ state: FileState; fresh: boolean } | undefined> {
  try {
    const info = await stat(file)
    const state = { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino }
    if (info.size < MIN_BYTES) return { state, fresh: false }
    // A file a content-only republish linked from the previous build is that build's file: no need to read either.
    const previous = before ? await stat(before).catch(() => undefined) : undefined
    if (before && previous?.ino === info.ino && previous.dev === info.dev && (await linkCopies(file, before))) return { state, fresh: false }
    const bytes = await readFile(file)
    if (before && (await reuse(file, bytes, before))) return { state, fresh: false }
    const [br, gz] = await Promise.all([brotli(bytes, BROTLI), gzipAsync(bytes)])
    await Promise.all([br.length < bytes.length && writeFile(`${file}.br`, br), gz.length < bytes.length && writeFile(`${file}.gz`, gz)])
    return { state, fresh: true }
  } catch (error) {
    // Removed while it was read (a build step that takes a file away): whoever lists the folder next removes its copies.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(file)) return undefined
    throw error
  }
}

/** Removes `file`'s compressed copies, if any. */
export async function removeCopies(file: string): Promise<void> {
  await Promise.all(ENCODINGS.map((encoding) => rm(`${file}${encoding}`, { force: true })))
}

/** Links `before`'s compressed copies beside `file` when `before` holds the same bytes; false otherwise, or when it has none. */
async function reuse(file: string, bytes: Buffer, before: string): Promise<boolean> {
  const old = await readFile(before).catch(() => undefined)
  return old?.equals(bytes) === true && linkCopies(file, before)
}

/**
 * Links `before`'s compressed copies beside `file` (whose bytes are the same); false when `before`
 * has none (a build from before precompression: compress afresh).
 */
async function linkCopies(file: string, before: string): Promise<boolean> {
  const copies = ENCODINGS.filter((encoding) => existsSync(`${before}${encoding}`))
  for (const encoding of copies) {
    await link(`${before}${encoding}`, `${file}${encoding}`).catch((error: NodeJS.ErrnoException) => {
      // Another file system (a hard link cannot cross it): copy instead, never over an existing file (it may be a link).
      if (error.code !== 'EXDEV') throw error
      return copyFile(`${before}${encoding}`, `${file}${encoding}`, fsConstants.COPYFILE_EXCL)
    })
  }
  return copies.length > 0
}
