import type { AdminViewServerProps } from 'payload'
import { AdminPage, canSee, param } from '../search-analytics/AdminPage.tsx'
import { digestWeek, entryOwners, weeklyDigest, type WeeklyDigest } from './weekly-digest.ts'

function Digest({ digest }: { digest: WeeklyDigest }) {
  const json = `/api/digest?${new URLSearchParams({ owner: digest.owner, week: digest.week })}`
  return (
    <>
      <p>
        {digest.owner}, week {digest.week} ({digest.period.from} to {digest.period.to}). The same as JSON for a chat tool: <a href={json}>{json}</a>
      </p>
      <section aria-labelledby="digest-due" style={{ marginBottom: '2rem' }}>
        <h2 id="digest-due">Due for review ({digest.due.length})</h2>
        {digest.due.length === 0 ? <p>Nothing due.</p> : (
          <ul>{digest.due.map((entry) => <li key={`${entry.collection}-${entry.id}`}><a href={entry.adminUrl}>{entry.title}</a>: due since {entry.dueOn} (verified {entry.verifiedOn})</li>)}</ul>
        )}
      </section>
      <section aria-labelledby="digest-feedback" style={{ marginBottom: '2rem' }}>
        <h2 id="digest-feedback">New feedback ({digest.feedback.count}, {digest.feedback.open} open)</h2>
        {digest.feedback.items.length === 0 ? <p>No feedback this week.</p> : (
          <ul>
            {digest.feedback.items.map((item) => (
              <li key={item.id}><a href={item.adminUrl}>{item.entryTitle}</a>: {item.verdictLabel}{item.comment ? ` — “${item.comment}”` : ''} ({item.status})</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="digest-searches">
        <h2 id="digest-searches">Failed searches on these entries ({digest.failedSearches.length})</h2>
        <p>Searches that showed one of these entries first, where nobody opened a result.</p>
        {digest.failedSearches.length === 0 ? <p>None this week.</p> : (
          <ul>{digest.failedSearches.map((row) => <li key={row.query}><strong>{row.query}</strong>: {row.notOpened} of {row.searches} searches</li>)}</ul>
        )}
        <p><a href={`/admin/search-analytics?from=${digest.period.from}&to=${digest.period.to}`}>Act on them in Search analytics</a></p>
      </section>
    </>
  )
}

/**
 * `/admin/digest?owner=&week=`: one owner's weekly digest (what is due, the week's feedback, the
 * week's failed searches on their entries), the owner chosen from those named on entries (the
 * signed-in editor's own name first when it is one), the week an ISO week (default this one).
 */
export async function DigestView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const user = req.user
  const owners = canSee(user) ? await entryOwners(req.payload, user) : []
  const mine = owners.find((owner) => owner === user?.name)
  const owner = param(props.searchParams, 'owner') ?? mine ?? owners[0]
  const week = digestWeek(param(props.searchParams, 'week'))
  const body = async () => {
    if (!canSee(user)) return null
    if (!week.ok) return <p role="alert">{week.message}</p>
    if (!owner) return <p>No entry names an owner yet: fill in the review group’s owner on entries.</p>
    return <Digest digest={await weeklyDigest(req.payload, user, owner, week.week, week.period)} />
  }
  return (
    <AdminPage props={props} title="Weekly digest">
      <form method="get" style={{ display: 'flex', gap: '.75rem', alignItems: 'end', flexWrap: 'wrap', marginBottom: '1.5rem' }}>
        <label>Owner<br />
          <select name="owner" defaultValue={owner}>{owners.map((name) => <option key={name} value={name}>{name}</option>)}</select>
        </label>
        <label>Week<br /><input type="week" name="week" defaultValue={week.ok ? week.week : param(props.searchParams, 'week')} /></label>
        <button type="submit" className="btn btn--style-primary btn--size-small">Show</button>
      </form>
      {await body()}
    </AdminPage>
  )
}
