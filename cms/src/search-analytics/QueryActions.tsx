'use client'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import { ENTRY_LIST_ID } from './entry-list.ts'


const DRAFT_COLLECTIONS = [
  { value: 'situations', label: 'Situation' },
  { value: 'sops', label: 'SOP' },
  { value: 'strategies', label: 'Strategy' },
  { value: 'empathy-scripts', label: 'Script' },
] as const

/** `Refund (SOP) #sops:12` → `{ collection: 'sops', id: 12 }`; undefined for anything typed by hand. */
function chosenEntry(value: string): { collection: string; id: number } | undefined {
  const match = /#([a-z-]+):(\d+)$/.exec(value.trim())
  return match ? { collection: match[1]!, id: Number(match[2]) } : undefined
}

/**
 * The actions on one query row of the search analytics view: "Add as alias to …" an entry chosen
 * from the list (saved in a draft of it), "Open a draft for …" in a chosen collection, and
 * "Dismiss". Posts to `POST /api/search-events/act` as the signed-in editor, says what happened
 * (with a link to the entry), then refreshes the view so the handled query leaves the lists.
 */
export function QueryActions({ query }: { query: string }) {
  const router = useRouter()
  const id = useId()
  const [target, setTarget] = useState('')
  const [collection, setCollection] = useState<string>('situations')
  const [state, setState] = useState<{ busy: boolean; message?: string; href?: string }>({ busy: false })

  const act = async (body: Record<string, unknown>) => {
    setState({ busy: true })
    try {
      const response = await fetch('/api/search-events/act', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, query }),
      })
      const answer = (await response.json().catch(() => ({}))) as { message?: string; entry?: { adminUrl: string }; errors?: { message: string }[] }
      setState({ busy: false, message: response.ok ? answer.message : (answer.errors?.[0]?.message ?? `Refused (${response.status}).`), href: answer.entry?.adminUrl })
      if (response.ok) router.refresh()
    } catch {
      setState({ busy: false, message: 'The CMS could not be reached.' })
    }
  }
  const entry = chosenEntry(target)

  return (
    <div style={{ display: 'grid', gap: '.3rem' }}>
      <div style={{ display: 'flex', gap: '.3rem', flexWrap: 'wrap', alignItems: 'center' }}>
        <label htmlFor={`${id}-entry`}>Add as alias to</label>
        <input id={`${id}-entry`} list={ENTRY_LIST_ID} value={target} onChange={(event) => setTarget(event.target.value)} placeholder="Type an entry’s title…" style={{ minWidth: '14rem' }} />
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={state.busy || !entry} onClick={() => entry && void act({ action: 'alias', entry })}>
          Add alias
        </button>
      </div>
      <div style={{ display: 'flex', gap: '.3rem', flexWrap: 'wrap', alignItems: 'center' }}>
        <label htmlFor={`${id}-collection`}>Open a draft for a new</label>
        <select id={`${id}-collection`} value={collection} onChange={(event) => setCollection(event.target.value)}>
          {DRAFT_COLLECTIONS.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={state.busy} onClick={() => void act({ action: 'draft', collection })}>
          Open draft
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={state.busy} onClick={() => void act({ action: 'dismiss' })}>
          Dismiss
        </button>
      </div>
      {state.message ? <p role="status" style={{ margin: 0 }}>{state.message}{state.href ? <> <a href={state.href}>Open the entry</a></> : null}</p> : null}
    </div>
  )
}
