import { reviewToday } from '@kb/content'
import type { Payload, TypedUser } from 'payload'
import { dueEntries } from './due-entries.ts'

const LABELS: Record<string, string> = {
  strategies: 'Strategy',
  'empathy-scripts': 'Script',
  sops: 'SOP',
  situations: 'Situation',
  sources: 'Source',
}

/**
 * "Due for review" on the admin dashboard: every entry whose review interval has lapsed, the
 * signed-in editor's own (owner = their name or email) first, each linked to its edit page, where
 * "Verify" records the check. Rendered on the server on each visit, so it is never stale.
 */
export async function DueForReview({ payload, user }: { payload: Payload; user: TypedUser | null }) {
  if (!user) return null
  const due = await dueEntries(payload, user, reviewToday())
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="due-for-review">
      <h2 id="due-for-review">Due for review ({due.length})</h2>
      {due.length === 0 ? (
        <p>Every entry is within its review interval.</p>
      ) : (
        <table className="table">
          <thead>
            <tr><th>Entry</th><th>Type</th><th>Owner</th><th>Verified</th><th>Due since</th></tr>
          </thead>
          <tbody>
            {due.slice(0, 100).map((entry) => (
              <tr key={`${entry.collection}-${entry.id}`}>
                <td><a href={`/admin/collections/${entry.collection}/${entry.id}`}>{entry.title}</a></td>
                <td>{LABELS[entry.collection] ?? entry.collection}</td>
                <td>{entry.owner}</td>
                <td>{entry.verifiedOn}</td>
                <td>{entry.dueOn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {due.length > 100 ? <p>Showing the first 100 of {due.length}.</p> : null}
    </section>
  )
}
