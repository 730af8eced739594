import { APIError, type CollectionBeforeChangeHook } from 'payload'
import type { Feedback } from '../../../payload-types.ts'

/**
 * Who resolved a piece of feedback and when, written by the CMS, never by the editor: set when
 * `status` becomes `resolved` (which needs a note saying what was done), cleared when it is
 * reopened. The values land in the document's version history with the change.
 */
export const recordResolution: CollectionBeforeChangeHook<Feedback> = ({ data, originalDoc, req }) => {
  const status = data.status ?? originalDoc?.status ?? 'open'
  if (status !== 'resolved') return { ...data, resolvedBy: null, resolvedAt: null }
  const note = (data.resolutionNote ?? originalDoc?.resolutionNote ?? '').trim()
  if (!note) throw new APIError('Resolving feedback needs a note: say what was done (e.g. "Step 3 updated").', 400, undefined, true)
  if (originalDoc?.status === 'resolved') return data
  return { ...data, resolvedBy: req.user?.id ?? null, resolvedAt: new Date().toISOString() }
}
