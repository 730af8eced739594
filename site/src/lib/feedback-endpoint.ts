/**
 * The CMS's public endpoints the site's pages post to. The CMS address is `CMS_PUBLIC_URL` (the
 * address agents' browsers reach the CMS at), else `CMS_URL` (the CMS a remote build reads), else
 * `http://localhost:<CMS_PORT>` as `pnpm start` serves it (3000). The CMS accepts posts only from
 * `SITE_URL`, so set both when the site or the CMS moves.
 */
function cmsPublicUrl(env: Readonly<Record<string, string | undefined>>): string {
  return env.CMS_PUBLIC_URL?.trim() || env.CMS_URL?.trim() || `http://localhost:${env.CMS_PORT?.trim() || '3000'}`
}

/** Where the "Did this help?" form posts: `<CMS>/api/feedback/submit`. */
export function feedbackEndpoint(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return new URL('/api/feedback/submit', cmsPublicUrl(env)).href
}

/** Where the search box reports settled searches (lib/search-report.ts): `<CMS>/api/search-events/report`. */
export function searchEventsEndpoint(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return new URL('/api/search-events/report', cmsPublicUrl(env)).href
}
