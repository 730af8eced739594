import { reviewToday } from '@kb/content'
import type { AdminViewServerProps, Payload, TypedUser } from 'payload'
import { FEEDBACK_TARGETS } from '../collections/Feedback/index.ts'
import { AdminPage, canSee, param } from './AdminPage.tsx'
import { ENTRY_LIST_ID } from './entry-list.ts'
import { parsePeriod } from './periods.ts'
import { QueryActions } from './QueryActions.tsx'
import { searchSummary, type QueryRow, type TrendPoint } from './search-summary.ts'

const TYPE_LABELS: Record<string, string> = { situations: 'Situation', sops: 'SOP', strategies: 'Strategy', 'empathy-scripts': 'Script' }

/** Every entry an alias can go on, for the shared `<datalist>`: `Title (Type) #collection:id`. */
async function entryOptions(payload: Payload, user: TypedUser | null): Promise<string[]> {
  const options: string[] = []
  for (const collection of FEEDBACK_TARGETS) {
    const { docs } = await payload.find({ collection, select: { title: true }, pagination: false, depth: 0, draft: true, user, overrideAccess: false })
    for (const doc of docs) options.push(`${doc.title} (${TYPE_LABELS[collection]}) #${collection}:${doc.id}`)
  }
  return options.sort((a, b) => a.localeCompare(b))
}

function QueryTable({ id, title, hint, rows }: { id: string; title: string; hint: string; rows: QueryRow[] }) {
  return (
    <section aria-labelledby={id} style={{ marginBottom: '2rem' }}>
      <h2 id={id}>{title} ({rows.length})</h2>
      <p>{hint}</p>
      {rows.length === 0 ? <p>None in this period.</p> : (
        <table className="table" style={{ width: '100%' }}>
          <thead><tr><th>Query</th><th>Searches</th><th>No results</th><th>Nothing opened</th><th>Last seen</th><th>Act</th></tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.query} data-query={row.query}>
                <td><strong>{row.query}</strong></td>
                <td>{row.searches}</td>
                <td>{row.noResults}</td>
                <td>{row.notOpened}</td>
                <td>{row.lastSeen}</td>
                <td><QueryActions query={row.query} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function Trend({ unit, points }: { unit: 'day' | 'week'; points: TrendPoint[] }) {
  const most = Math.max(1, ...points.map((point) => point.searches))
  return (
    <section aria-labelledby="search-trend" style={{ marginBottom: '2rem' }}>
      <h2 id="search-trend">Trend per {unit}</h2>
      <table className="table">
        <thead><tr><th>{unit === 'day' ? 'Day' : 'Week'}</th><th>Searches</th><th>No results</th><th>Nothing opened</th><th aria-hidden="true" /></tr></thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.bucket}>
              <td>{point.bucket}</td><td>{point.searches}</td><td>{point.noResults}</td><td>{point.notOpened}</td>
              <td aria-hidden="true"><span style={{ display: 'inline-block', height: '.6rem', width: `${(point.searches / most) * 12}rem`, background: 'var(--theme-elevation-400)' }} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/**
 * `/admin/search-analytics`: what agents searched for on the site in a chosen period (default the
 * last seven days): trends, the top searches, searches with no results and searches where nobody
 * opened a result, each query with its actions (alias, draft, dismiss). Queries already handled
 * leave the lists. Rendered on the server from the stored events on each visit.
 */
export async function SearchAnalyticsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const parsed = parsePeriod(param(props.searchParams, 'from'), param(props.searchParams, 'to'), reviewToday())
  const body = async () => {
    if (!canSee(req.user)) return null
    if (!parsed.ok) return <p role="alert">{parsed.message}</p>
    const [summary, entries] = await Promise.all([searchSummary(req.payload, req.user, parsed.period), entryOptions(req.payload, req.user)])
    return (
      <>
        <p>
          {summary.searches} settled searches from {summary.period.from} to {summary.period.to}
          {summary.truncated ? ' (the latest ones only: choose a shorter period to see all)' : ''}.
          Queries are stored with personal details replaced, e.g. “[number]”.
        </p>
        <datalist id={ENTRY_LIST_ID}>{entries.map((entry) => <option key={entry} value={entry} />)}</datalist>
        <Trend {...summary.trend} />
        <QueryTable id="no-results" title="Searches with no results" hint="Agents found nothing: add the words as an alias to the entry they meant, or open a draft." rows={summary.noResults} />
        <QueryTable id="not-opened" title="Searches where nobody opened a result" hint="Results showed, but none looked right." rows={summary.notOpened} />
        <QueryTable id="top-searches" title="Top searches" hint="What agents look for most." rows={summary.top} />
      </>
    )
  }
  return (
    <AdminPage props={props} title="Search analytics">
      <form method="get" style={{ display: 'flex', gap: '.75rem', alignItems: 'end', flexWrap: 'wrap', marginBottom: '1.5rem' }}>
        <label>From<br /><input type="date" name="from" defaultValue={parsed.ok ? parsed.period.from : param(props.searchParams, 'from')} /></label>
        <label>To<br /><input type="date" name="to" defaultValue={parsed.ok ? parsed.period.to : param(props.searchParams, 'to')} /></label>
        <button type="submit" className="btn btn--style-primary btn--size-small">Show</button>
      </form>
      {await body()}
    </AdminPage>
  )
}
