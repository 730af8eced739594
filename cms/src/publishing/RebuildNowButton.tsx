'use client'
import { useState } from 'react'

/**
 * The "Rebuild now" button on *Site build status* (admins): queues a site build through
 * `POST /api/globals/site-build/rebuild` and says what happened. The status above updates when
 * the page is reloaded.
 */
export function RebuildNowButton() {
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false })
  const rebuild = async () => {
    setState({ busy: true })
    try {
      const response = await fetch('/api/globals/site-build/rebuild', { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      setState({ busy: false, message: response.ok ? body.message : (body.errors?.[0]?.message ?? `Refused (${response.status}).`) })
    } catch {
      setState({ busy: false, message: 'The CMS could not be reached.' })
    }
  }
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={state.busy} onClick={rebuild}>
        {state.busy ? 'Queuing…' : 'Rebuild now'}
      </button>
      {state.message ? <p role="status">{state.message}</p> : null}
    </div>
  )
}
