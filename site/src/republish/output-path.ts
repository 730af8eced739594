import type { PathWithRoute } from 'astro'

/**
 * Where Astro writes a path and the URL it renders it at, for this site's config
 * (`build.format: 'directory'`, `trailingSlash: 'always'`, no `base`; astro/dist/core/build/generate.js,
 * `getUrlForPath` and `getOutFile`): `<path>/index.html` for a page, the path itself for an
 * endpoint. Anything else (a redirect, a status page such as 404, which Astro writes as
 * `404.html`) throws, and the publish is built in full instead.
 */
export function outputFile({ pathname, route }: PathWithRoute): string {
  const path = pathname.replace(/^\/+|\/+$/g, '')
  if (route.type === 'endpoint') return path
  if (route.type === 'page' && !/^(404|500)$/.test(path)) return path ? `${path}/index.html` : 'index.html'
  throw new Error(`route ${route.route} (${route.type}) is written in its own way; a republish renders plain pages and endpoints only`)
}

/** The URL Astro renders a path at: pages with a trailing slash. */
export function requestUrl({ pathname, route }: PathWithRoute, origin: string): URL {
  const path = route.type === 'page' && !pathname.endsWith('/') ? `${pathname}/` : pathname
  return new URL(path, origin)
}

/**
 * Files every build writes afresh, which a snapshot leaves out: the Pagefind bundle, and the brotli
 * and gzip copies the publishing pipeline writes beside the output while it is being finished
 * (cms/src/publishing/precompress.ts). A republish linking a stale copy beside a page it rendered
 * anew would serve the old page to every browser.
 */
export const isWrittenAfresh = (file: string): boolean => file.startsWith('pagefind/') || /\.(br|gz)$/.test(file)
