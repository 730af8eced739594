import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { LIBRARY_PARTS, type Library } from '../library.ts'

/**
 * The canonical text of an entry: keys in schema order, empty lists and absent values left out,
 * long lines never folded. Export writes exactly this, so import → export is byte-identical.
 */
export function serializeEntry(entry: object): string {
  return stringify(prune(entry), { lineWidth: 0, minContentWidth: 0, indentSeq: true })
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, prune(v)]),
    )
  }
  return value
}

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
