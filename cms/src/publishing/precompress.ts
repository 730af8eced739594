import { readdirSync, type Dirent } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { isCompressible, removeCopies, writeCopies, type FileState } from './compressed-copies.ts'

/** Files handled at once: zlib runs on libuv's thread pool (4 threads by default), so a few more keep it busy without holding the whole build in memory. */
const BATCH = 8

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of at least 1 KB in a finished build,
 * for the static server to send to clients that accept them (sirv's `brotli`/`gzip` options), so
 * no request pays for compressing. A compressed copy not smaller than its file is not written. A
 * file byte-identical to the same file in `previous` (the build live until now) takes that build's
 * copies (hard links) instead of compressing again, so a publish compresses only what it changed.
 * Returns how many files were compressed afresh. Throws on a file it cannot read or write.
 */
export const precompress = (dir: string, previous?: string): Promise<number> => precompression(dir, previous).pass()

/** A build folder compressed in passes (`precompression`). */
export interface Precompression {
  /**
   * Once the earlier passes are done, brings the folder's compressed copies up to date as
   * `precompress` does: compresses the text files no earlier pass took, and those changed since
   * (their copies are written again), and removes the copies of files gone since. Resolves with how
   * many files it compressed afresh; rejects when it fails. A pass after one that failed runs
   * anyway and redoes what that one left unfinished, so the last pass succeeding means every copy
   * is right.
   */
  pass: () => Promise<number>
  /** Resolves once no pass is running, however they ended (before a failed build's folder is removed). */
  settled: () => Promise<void>
}

/**
 * `precompress` in passes, so that it can start before the build is finished: the site build
 * process runs a first pass once Astro has written the pages, while Pagefind indexes them in its
 * own process, and a last pass once the build is done, which takes what was written after the
 * first (the search bundle) and redoes what changed or went away since.
 */
export function precompression(dir: string, previous?: string): Precompression {
  /** What each file was when a pass took it (`undefined`: it went while being read). */
  const taken = new Map<string, FileState | undefined>()
  const take = async (file: string): Promise<boolean> => {
    if (taken.has(file)) await removeCopies(file)
    taken.set(file, undefined)
    const written = await writeCopies(file, previous && join(previous, relative(dir, file)))
    taken.set(file, written?.state)
    return written?.fresh ?? false
  }
  const runPass = async (): Promise<number> => {
    const files = new Set(textFiles(dir))
    const gone = [...taken.keys()].filter((file) => !files.has(file))
    await inBatches(gone, async (file) => {
      await removeCopies(file)
      taken.delete(file)
    })
    const todo = await filter([...files], async (file) => !taken.has(file) || !sameState(taken.get(file), await stat(file).catch(() => undefined)))
    return (await inBatches(todo, take)).filter(Boolean).length
  }
  let last: Promise<number> = Promise.resolve(0)
  const pass = () => (last = last.catch(() => 0).then(runPass))
  return { pass, settled: () => last.then(() => undefined, () => undefined) }
}

const sameState = (before: FileState | undefined, now: FileState | undefined) =>
  before !== undefined && now !== undefined && before.size === now.size && before.mtimeMs === now.mtimeMs && before.ino === now.ino

function textFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile() && isCompressible(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Runs `work` over `items`, BATCH at a time, and returns the results in order. */
async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (let start = 0; start < items.length; start += BATCH) results.push(...(await Promise.all(items.slice(start, start + BATCH).map(work))))
  return results
}

async function filter<T>(items: T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept = await inBatches(items, keep)
  return items.filter((_, index) => kept[index])
}
