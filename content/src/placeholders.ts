/**
 * Placeholders in a script line: `{customerName}`, `{orderNumber}`. No zod here, so the site's
 * browser code can import this (`@kb/content/placeholders`) without pulling the schemas in.
 */

/** Placeholders an agent fills before saying a line: `{customerName}`, `{orderNumber}`. */
export const PLACEHOLDER_PATTERN = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g

/** The placeholder names used in a line, in order of first use. */
export function placeholdersIn(line: string): string[] {
  return [...new Set([...line.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]!))]
}
