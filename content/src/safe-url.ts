/**
 * The one rule for addresses the knowledge base links to, wherever a link can come from (rich
 * text, Markdown link or reference definition, a source's URL): web pages (http, https), mail
 * (mailto), and relative addresses. Everything else (javascript:, data:, vbscript:, file:, …)
 * could run code or open something local when a reader clicks it.
 */
export const SAFE_URL_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:']

/**
 * The address as a browser reads it: leading and trailing spaces and control characters dropped,
 * tabs and newlines removed anywhere (so `java\tscript:` is `javascript:`), per the URL standard.
 */
function asBrowsersRead(url: string): string {
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '')
}

/** The scheme of an absolute address, lowercased with its colon (`javascript:`); undefined when relative. */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(asBrowsersRead(url))?.[1]?.toLowerCase().concat(':')
}

/** True when a link may point here: an http(s) address with a host, mailto, or a relative address (`/scripts/`, `#steps`, `../x`). */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url)
  if (scheme === undefined) return true
  // A web address must name a host: `https://` alone (what Payload's link node turns a refused
  // address into) is a link to nowhere, and a click on it lands on Chromium's about:blank#blocked.
  if (scheme === 'http:' || scheme === 'https:') return isWebUrl(asBrowsersRead(url))
  return SAFE_URL_SCHEMES.includes(scheme)
}

/** True for an absolute http(s) address with a host and no spaces or control characters (a source's URL). */
export function isWebUrl(url: string): boolean {
  if (/[\u0000-\u0020\u007f]/.test(url) || !URL.canParse(url)) return false
  const { protocol, hostname } = new URL(url)
  return (protocol === 'http:' || protocol === 'https:') && hostname !== ''
}
