import { existsSync } from 'node:fs'
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'

/**
 * The file naming who made a snapshot: other processes (`pnpm build`, a second worker) build into
 * the same cache folder and replace it, and a process must only republish from its own.
 */
const OWNER_FILE = '.republish-owner'

/** Every file under `dir`, as paths relative to it with `/` separators. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

/**
 * Hard-links every file under `from` into `to` at the same relative path, except those `skip`
 * names; returns how many it linked (copied, across file systems). A linked file shares its
 * bytes with the original, so neither tree may ever be written in place: a file that changes is
 * removed and written anew (republish.ts does), never truncated.
 */
export async function linkTree(from: string, to: string, skip: (file: string) => boolean = () => false): Promise<number> {
  const files = (await filesUnder(from)).filter((file) => file !== OWNER_FILE && !skip(file))
  const folders = [...new Set(files.map((file) => dirname(join(to, file))))]
  await inBatches(folders, (folder) => mkdir(folder, { recursive: true }))
  await inBatches(files, (file) => linkOrCopy(join(from, file), join(to, file)))
  return files.length
}

/** File operations in flight at once: one at a time left the build process idle, waiting on each (a full build links about 2,000 files at 1,000 entries). */
const BATCH = 64

async function inBatches<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) await Promise.all(items.slice(start, start + BATCH).map(work))
}

/** A hard link, or a copy where the two paths are on different file systems (a link cannot cross them). */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await copyFile(from, to)
  }
}

/**
 * Makes `snapshot` a linked copy of `dir` (what the next republish starts from), replacing what it
 * held, except the files `skip` names, and marks it as `owner`'s (written last: a snapshot cut
 * short has no owner).
 */
export async function snapshotTree(dir: string, snapshot: string, owner: string, skip?: (file: string) => boolean): Promise<void> {
  await rm(snapshot, { recursive: true, force: true })
  await mkdir(snapshot, { recursive: true })
  await linkTree(dir, snapshot, skip)
  await writeFile(join(snapshot, OWNER_FILE), owner)
}

/** Whether `snapshot` is whole and `owner`'s. */
export async function ownsSnapshot(snapshot: string, owner: string): Promise<boolean> {
  return (await readFile(join(snapshot, OWNER_FILE), 'utf8').catch(() => undefined)) === owner
}

/**
 * Brings a snapshot of an earlier tree up to date with `dir`, which was made from it: the files
 * `written` are linked from `dir` in place of the snapshot's (or removed, where `dir` no longer has
 * one: a file the build wrote for a later step, which took it away), and the files `removed` are removed.
 */
export async function updateSnapshot(snapshot: string, owner: string, dir: string, written: string[], removed: string[]): Promise<void> {
  // Unowned while it changes: an update cut short leaves a snapshot no one republishes from.
  await rm(join(snapshot, OWNER_FILE), { force: true })
  await Promise.all([...written, ...removed].map((file) => rm(join(snapshot, file), { force: true })))
  for (const file of written.filter((file) => existsSync(join(dir, file)))) {
    await mkdir(dirname(join(snapshot, file)), { recursive: true })
    await linkOrCopy(join(dir, file), join(snapshot, file))
  }
  await writeFile(join(snapshot, OWNER_FILE), owner)
}
