/**
 * The origins the CMS's own pages are served from. Only these may make cookie-authenticated
 * writes (Payload's `csrf`, and `refuseCrossSiteWrites`) and read API answers from a browser
 * script (Payload's `cors`). The public site is not one of them: it never writes to the CMS.
 *
 * `CMS_ALLOWED_ORIGINS`, comma-separated (e.g. `https://cms.example.com`), replaces the default
 * `http://localhost:<CMS_PORT>` and `http://127.0.0.1:<CMS_PORT>` (CMS_PORT defaults to 3000).
 * Throws, naming the value, when an entry is not a bare origin (scheme, host and port only).
 */
export function allowedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = env.CMS_ALLOWED_ORIGINS?.split(',').map((entry) => entry.trim()).filter(Boolean) ?? []
  if (listed.length === 0) {
    const port = env.CMS_PORT?.trim() || '3000'
    return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
  }
  return listed.map((entry) => {
    const origin = URL.canParse(entry) ? new URL(entry).origin : 'null'
    if (origin !== entry.replace(/\/$/, '')) {
      throw new Error(
        `CMS_ALLOWED_ORIGINS has "${entry}", which is not an origin: expected scheme, host and port only, ` +
          'e.g. https://cms.example.com or http://localhost:3000, separated by commas.',
      )
    }
    return origin
  })
}
