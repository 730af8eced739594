'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * "Verify" in an entry's review group: one click records that the editor checked the entry today
 * (`POST /api/<collection>/<id>/verify`, see verify-entry.ts), then reloads the document so the
 * new date, the verifier and the version show. Hidden until the entry has been saved once.
 */
export function VerifyButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const router = useRouter()
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false })
  if (!id || !collectionSlug) return null
  const verify = async () => {
    setState({ busy: true })
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}/verify`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      setState({ busy: false, message: response.ok ? body.message : (body.errors?.[0]?.message ?? `Refused (${response.status}).`) })
      if (response.ok) router.refresh()
    } catch {
      setState({ busy: false, message: 'The CMS could not be reached.' })
    }
  }
  return (
    <div style={{ marginBottom: '1rem' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={state.busy} onClick={verify}>
        {state.busy ? 'Verifying…' : 'Verify: checked today'}
      </button>
      {state.message ? <p role="status">{state.message}</p> : null}
    </div>
  )
}
