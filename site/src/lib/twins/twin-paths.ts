import { createHash } from 'node:crypto'
import type { APIRoute } from 'astro'
import { siteData } from '../site-data.ts'
import type { SiteData } from '../library-view.ts'
import { markdownResponse, twinContext, type TwinContext } from './twin-context.ts'

/** What a twin route renders: the Markdown written by its `getStaticPaths`. */
export interface TwinProps { markdown: string }

/**
 * `getStaticPaths` for the Markdown twins of one kind of entry: each twin is written here, once
 * per build, and its own digest is its cache key, so a content-only republish keeps every twin
 * whose text is unchanged (src/republish/) and the key can never miss a change.
 */
export async function twinPaths<E extends { slug: string }>(entriesOf: (data: SiteData) => E[], twin: (entry: E, ctx: TwinContext) => string) {
  const data = await siteData()
  const ctx = twinContext(data, import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined)
  return entriesOf(data).map((entry) => {
    const markdown = twin(entry, ctx)
    return { params: { slug: entry.slug }, props: { markdown } satisfies TwinProps, cacheKey: createHash('sha256').update(markdown).digest('base64url') }
  })
}

/** The `GET` of every twin route: the Markdown its `getStaticPaths` wrote. */
export const serveTwin: APIRoute<TwinProps> = ({ props }) => markdownResponse(props.markdown)
