import { reviewToday } from '@kb/content'
import type { Payload, SanitizedCollectionConfig, TypedUser } from 'payload'
import { dueEntries } from './due-entries.ts'
import { VERIFIABLE, type VerifiableSlug } from './verify-entry.ts'

const isVerifiable = (slug: string): slug is VerifiableSlug => (VERIFIABLE as readonly string[]).includes(slug)

/**
 * Above a collection's list in the admin: the entries of this collection due for review, the
 * signed-in editor's own first, each linked to its edit page (where "Verify" records the check).
 * Nothing when none is due.
 */
export async function DueInList({ collectionConfig, payload, user }: { collectionConfig: SanitizedCollectionConfig; payload: Payload; user: TypedUser | null }) {
  if (!user || !isVerifiable(collectionConfig.slug)) return null
  const due = await dueEntries(payload, user, reviewToday(), { collections: [collectionConfig.slug] })
  if (due.length === 0) return null
  const shown = due.slice(0, 20)
  return (
    <div style={{ marginBottom: '1rem' }} role="note" aria-label="Due for review">
      <strong>Due for review ({due.length}):</strong>{' '}
      {shown.map((entry, index) => (
        <span key={entry.id}>
          {index > 0 ? ', ' : ''}
          <a href={`/admin/collections/${entry.collection}/${entry.id}`}>{entry.title}</a> ({entry.owner}, since {entry.dueOn})
        </span>
      ))}
      {due.length > shown.length ? ` and ${due.length - shown.length} more (see the dashboard).` : null}
    </div>
  )
}
