/**
 * Where the "Did this help?" form posts: the CMS's public feedback endpoint. The CMS address is
 * `CMS_PUBLIC_URL` (the address agents' browsers reach the CMS at), else `CMS_URL` (the CMS a
 * remote build reads), else `http://localhost:<CMS_PORT>` as `pnpm start` serves it (3000).
 * The CMS accepts posts only from `SITE_URL`, so set both when the site or the CMS moves.
 */
export function feedbackEndpoint(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const cms = env.CMS_PUBLIC_URL?.trim() || env.CMS_URL?.trim() || `http://localhost:${env.CMS_PORT?.trim() || '3000'}`
  return new URL('/api/feedback/submit', cms).href
}
