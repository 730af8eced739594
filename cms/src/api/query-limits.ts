/**
 * How much one API request may ask the CMS to load. Each level of `depth` multiplies the
 * documents populated; `limit=0` or `pagination=false` means "every document". Shared by the REST
 * check (`limitRestQueries`) and the GraphQL rule (`graphqlLimits`).
 */

/** The deepest relation population a request may ask for: REST `depth`, and relation hops in GraphQL. */
export const MAX_DEPTH = 3
/** The most documents per page (and per joined list) for anonymous visitors and reader API keys. */
export const MAX_READER_LIMIT = 100

/** `value` when it is a whole number from `min` to `max`; otherwise undefined. */
export function wholeNumberIn(value: string | number, min: number, max: number): number | undefined {
  const number = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value)
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined
}

/** The message for a `depth` out of bounds, naming what was asked. */
export const depthMessage = (given: string) =>
  `depth=${given} is not allowed: expected a whole number from 0 to ${MAX_DEPTH} (each level multiplies the documents loaded).`

/** The message for a page size out of bounds for readers, naming the parameter and what was asked. */
export const limitMessage = (name: string, given: string) =>
  `${name}=${given} is not allowed without an editor account: expected a whole number from 1 to ${MAX_READER_LIMIT}; ` +
  'ask for the next page with page=2, 3, …'

/** The message for `pagination=false` (every document in one answer) from a reader. */
export const paginationMessage =
  `pagination=false is not allowed without an editor account: page through with limit (at most ${MAX_READER_LIMIT}) and page.`
