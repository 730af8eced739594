import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SITE_DIR = fileURLToPath(new URL('../../', import.meta.url))
/** What shapes the built site besides content: the site's code and assets, the shared schemas, the lockfile. */
const CODE_PATHS = ['src', 'public', 'astro.config.ts', 'package.json', '../content/src', '../content/package.json', '../pnpm-lock.yaml'].map((path) =>
  join(SITE_DIR, path),
)

/**
 * The newest change (ms since the epoch) to the site's code, assets, shared schemas or lockfile:
 * a republish is only for builds of the code it was loaded with. Modification times, so a file
 * put back with an older time (`cp -p`, `rsync -t`) goes unnoticed; a deploy restarts the worker.
 */
export async function codeVersion(): Promise<number> {
  return Math.max(...(await Promise.all(CODE_PATHS.map(newestChange))))
}

/** The newest modification time (ms) of a file or of anything under a folder; 0 when it does not exist. */
async function newestChange(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined)
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  const times = await Promise.all((await readdir(path)).map((name) => newestChange(join(path, name))))
  return Math.max(info.mtimeMs, ...times)
}
