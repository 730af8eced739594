import { reviewState, reviewToday, type LibraryPart, type Review } from '@kb/content'
import { urls } from '../../../site/src/lib/urls.ts'
import type { Trust } from './output-schemas.ts'

/** The entry kinds that have a page on the site, as the library names its parts. */
export type PagePart = Exclude<LibraryPart, 'sources'>

const PAGE_OF: Record<PagePart, (slug: string) => string> = {
  scripts: urls.script,
  strategies: urls.strategy,
  sops: urls.sop,
  situations: urls.situation,
}

/** The site's public address: `SITE_URL`, as the site build uses it (default `http://localhost:4321`). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_URL ?? 'http://localhost:4321'
}

/** The absolute URL of a site path, e.g. `/sops/refund/` → `https://kb.example.com/sops/refund/`. */
export function absolute(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return new URL(path, siteUrl(env)).href
}

/** The absolute URL of an entry's page. */
export function pageUrl(part: PagePart, slug: string, env: NodeJS.ProcessEnv = process.env): string {
  return absolute(PAGE_OF[part](slug), env)
}

/**
 * The trust block every answer carries: canonical page and Markdown twin, the published version's
 * time, owner, verification day and whether the review interval has lapsed (as of `KB_TODAY` or
 * today, the same rule as the site's "due for review" mark), with a sentence to pass on.
 */
export function trustOf(part: PagePart, slug: string, updatedAt: string, review: Review | undefined, env: NodeJS.ProcessEnv = process.env): Trust {
  const url = pageUrl(part, slug, env)
  const base = { url, markdownUrl: absolute(urls.twin(PAGE_OF[part](slug)), env), updatedAt }
  if (!review) {
    return {
      ...base, owner: null, verifiedOn: null, reviewDueOn: null, dueForReview: false,
      note: `No owner or review date is recorded for this entry; it was last changed ${updatedAt.slice(0, 10)}.`,
    }
  }
  const state = reviewState(review, reviewToday(env))
  return {
    ...base,
    owner: state.verifiedBy,
    verifiedOn: state.verifiedOn,
    reviewDueOn: state.dueOn,
    dueForReview: state.due,
    note: state.due
      ? `Due for review since ${state.dueOn} (last verified ${state.verifiedOn} by ${state.verifiedBy}): it may be out of date, so tell the agent to check anything critical with a team lead.`
      : `Verified ${state.verifiedOn} by ${state.verifiedBy}; next review due ${state.dueOn}.`,
  }
}
