'use client'
import { useRowLabel } from '@payloadcms/ui'

/** How many terms a collapsed row names before "…". */
const SHOWN = 6

/**
 * Each synonym group's row in the admin is labelled by its first terms ("refund, money back, …")
 * rather than "Synonym group 17", so an editor finds a group among dozens without opening each.
 */
export function SynonymRowLabel() {
  const { data, rowNumber } = useRowLabel<{ terms?: string[] | null }>()
  const terms = data?.terms ?? []
  if (terms.length === 0) return <span>New group {(rowNumber ?? 0) + 1}</span>
  return <span>{terms.slice(0, SHOWN).join(', ') + (terms.length > SHOWN ? ', …' : '')}</span>
}
