'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

/**
 * "Agent feedback" in an entry's sidebar: how much open feedback agents left on this entry, linked
 * to the feedback list filtered to it (where editors read and resolve it). Counts through
 * `GET /api/feedback` as the signed-in editor; hidden until the entry has been saved once.
 */
export function FeedbackLink() {
  const { id, collectionSlug } = useDocumentInfo()
  const [open, setOpen] = useState<number | undefined>()
  const filter = id && collectionSlug ? `where[entry.value][equals]=${encodeURIComponent(String(id))}&where[entry.relationTo][equals]=${encodeURIComponent(collectionSlug)}` : ''
  useEffect(() => {
    if (!filter) return
    fetch(`/api/feedback?${filter}&where[status][equals]=open&limit=1&depth=0`, { credentials: 'include' })
      .then(async (response) => (response.ok ? ((await response.json()) as { totalDocs?: number }).totalDocs : undefined))
      .then(setOpen, () => setOpen(undefined))
  }, [filter])
  if (!filter) return null
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <p style={{ marginBottom: '.25rem', fontWeight: 600 }}>Agent feedback</p>
      <a href={`/admin/collections/feedback?${filter}`}>
        {open === undefined ? 'Feedback on this entry' : open === 1 ? '1 open · see all feedback' : `${open} open · see all feedback`}
      </a>
    </div>
  )
}
