import { feedbackInputSchema, type FeedbackInput } from '@kb/content'
import { readTextAtMost } from '../api/read-at-most.ts'

/** The largest feedback body read, in bytes: the form's fields with a 1,000-character comment fit in well under this. */
export const MAX_FEEDBACK_BYTES = 8 * 1024

export type ReadFeedback = { ok: true; input: FeedbackInput } | { ok: false; message: string }

/** The fields of a form post or a JSON object, as strings; `undefined` when the body is neither. */
function fieldsOf(type: string, text: string): Record<string, unknown> | undefined {
  if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(text)
    const fields: Record<string, unknown> = {}
    for (const key of new Set(form.keys())) {
      const values = form.getAll(key)
      fields[key] = values.length === 1 ? values[0] : values
    }
    return fields
  }
  if (type === 'application/json') {
    try {
      const value: unknown = JSON.parse(text)
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

/**
 * Reads a "Did this help?" post: a form post (`application/x-www-form-urlencoded`, what the site's
 * form sends with or without JavaScript) or a JSON object, at most MAX_FEEDBACK_BYTES, checked
 * against the shared `feedbackInputSchema`. Says what was wrong when it is not that shape.
 */
export async function readFeedback(request: Request): Promise<ReadFeedback> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const text = await readTextAtMost(request, MAX_FEEDBACK_BYTES)
  if (text === undefined) return { ok: false, message: `The feedback is larger than ${MAX_FEEDBACK_BYTES} bytes.` }
  const fields = fieldsOf(type, text)
  if (!fields) return { ok: false, message: 'Expected a form post or a JSON object with entryType, slug, verdict and an optional comment.' }
  const parsed = feedbackInputSchema.safeParse(fields)
  if (parsed.success) return { ok: true, input: parsed.data }
  const problems = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`)
  return { ok: false, message: `The feedback was not accepted: ${problems.join('; ')}.` }
}
