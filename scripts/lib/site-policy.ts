import { createHash } from 'node:crypto'

/**
 * Hardening headers every answer of the site server carries (issue 11.13): no MIME sniffing, no
 * framing by other sites, and addresses of other sites get only the origin as referrer.
 */
export const SITE_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
}

/** The policy of anything that is not a page or a script (JSON, Markdown twins, Pagefind data): it runs nothing. */
export const FILE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox"

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi
const FORM_ACTION = /<form\b[^>]*\saction="(https?:\/\/[^"]+)"/gi
/** Where a page's search box reports searches (components/Search.astro): fetched, never a form target. */
const REPORT_TO = /\sdata-search-events="(https?:\/\/[^"]+)"/gi

/** `'sha256-…'` of an inline script, as CSP compares them (the exact text between the tags). */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * The Content-Security-Policy of one built page: scripts only from the site itself or inline ones
 * whose hash is listed (Astro inlines small scripts), WebAssembly for Pagefind ('wasm-unsafe-eval'),
 * styles from the site (Astro inlines page styles), requests and form posts only to the site and to
 * the other origins the page's own forms post to (the CMS's feedback endpoint), requests also to
 * where its search box reports searches (`data-search-events`, the CMS's search-event endpoint),
 * and no framing.
 */
export function pagePolicy(html: string): string {
  const scripts = [...new Set([...html.matchAll(INLINE_SCRIPT)].map((match) => hashOf(match[1] ?? '')))]
  const originsOf = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => (URL.canParse(match[1]!) ? new URL(match[1]!).origin : '')).filter(Boolean)
  const origins = [...new Set(originsOf(FORM_ACTION))]
  const reported = [...new Set([...origins, ...originsOf(REPORT_TO)])]
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ${reported.join(' ')}`.trim(),
    `form-action 'self' ${origins.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}
