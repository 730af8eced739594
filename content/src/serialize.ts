import { stringify } from 'yaml'

/**
 * The canonical text of an entry: keys in schema order, empty lists and absent values left out,
 * long lines never folded. Export writes exactly this, so import → export is byte-identical.
 */
export function serializeEntry(entry: object): string {
  return stringify(prune(entry), { version: '1.1', lineWidth: 0, minContentWidth: 0, indentSeq: true })
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
