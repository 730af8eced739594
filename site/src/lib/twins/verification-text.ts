import { formatDay, reviewState, type Review } from '@kb/content'
import type { FrontMatterValue } from './front-matter.ts'
import { text } from './markdown-text.ts'

/**
 * A twin's review keys for its front matter: `owner`, `lastReviewed` (the verified day),
 * `reviewDue` (the day it falls due) and `reviewStatus` (`due` or `current`, as of `today`).
 * Nothing for an entry without a review.
 */
export function reviewFrontMatter(review: Review | undefined, today: string): Record<string, FrontMatterValue> {
  if (!review) return {}
  const state = reviewState(review, today)
  return { owner: review.owner, lastReviewed: state.verifiedOn, reviewDue: state.dueOn, reviewStatus: state.due ? 'due' : 'current' }
}

/** The page's verified line as Markdown: `*Verified 12 Mar 2027 by Quality team · review due*`; empty without a review. */
export function verifiedLine(review: Review | undefined, today: string): string {
  if (!review) return ''
  const state = reviewState(review, today)
  return `*Verified ${formatDay(state.verifiedOn)} by ${text(state.verifiedBy)}${state.due ? ` · review due since ${formatDay(state.dueOn)}` : ''}*`
}
