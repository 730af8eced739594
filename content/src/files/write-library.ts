import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { LIBRARY_PARTS, type Library } from '../library.ts'
import { serializeEntry } from '../serialize.ts'

/**
 * Writes the library under `libraryDir`, one file per entry, and removes files of entries that
 * no longer exist, so the folder mirrors the CMS exactly. Returns the number of files written.
 */
export function writeLibrary(libraryDir: string, library: Library): number {
  let written = 0
  for (const { part, folder } of LIBRARY_PARTS) {
    const dir = join(libraryDir, folder)
    mkdirSync(dir, { recursive: true })
    const keep = new Set<string>()
    for (const entry of library[part]) {
      const name = `${entry.slug}.yaml`
      keep.add(name)
      writeFileSync(join(dir, name), serializeEntry(entry))
      written++
    }
    if (existsSync(dir)) {
      for (const name of readdirSync(dir)) if (name.endsWith('.yaml') && !keep.has(name)) rmSync(join(dir, name))
    }
  }
  return written
}
