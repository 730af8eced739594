/**
 * The longest text, in characters, each kind of field may hold. The shared schemas (and so
 * `pnpm content:check`, import and the site build) and the CMS fields use these same numbers.
 * Generous for real entries (the longest script line in the library is under 200 characters),
 * small enough that no single field can carry megabytes.
 */
export const TEXT_LIMITS = {
  /** Slugs and step keys. */
  slug: 80,
  /** Titles, publishers, owners, roles, aliases. */
  title: 150,
  /** A script line, a step, a summary, an outcome: a sentence or two. */
  line: 500,
  /** A situation's description. */
  paragraph: 2_000,
  /** A strategy's "why it works", as Markdown. */
  markdown: 20_000,
  /** A source's address. */
  url: 2_048,
} as const
