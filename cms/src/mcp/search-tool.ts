import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { Review } from '@kb/content'
import { z } from 'zod'
import type { SearchHit } from '../../../site/src/lib/search-engine.ts'
import { ENTRY_TYPES } from '../../../site/src/lib/search-query.ts'
import type { LibraryCollection } from '../library/collections.ts'
import { NoSiteBuildError, searchLiveSite } from './live-search.ts'
import { searchSchema, type Trust } from './output-schemas.ts'
import { answer, refusal, type McpContext } from './tool-result.ts'
import { absolute, trustOf, type PagePart } from './trust.ts'

/** Which part and collection a page address belongs to: `/scripts/<slug>/` → scripts. */
const PAGES: readonly { prefix: string; part: PagePart; collection: LibraryCollection }[] = [
  { prefix: '/scripts/', part: 'scripts', collection: 'empathy-scripts' },
  { prefix: '/strategies/', part: 'strategies', collection: 'strategies' },
  { prefix: '/sops/', part: 'sops', collection: 'sops' },
  { prefix: '/situations/', part: 'situations', collection: 'situations' },
]

function pageOf(url: string): { part: PagePart; collection: LibraryCollection; slug: string } | undefined {
  const page = PAGES.find((p) => url.startsWith(p.prefix))
  return page && { part: page.part, collection: page.collection, slug: url.slice(page.prefix.length).replace(/\/$/, '') }
}

/**
 * The trust block of each hit, read from the CMS (published, with the caller's access): one query
 * per kind of entry among the hits. A hit the CMS no longer publishes (the index is a build behind)
 * gets `null`.
 */
async function trustOfHits(ctx: McpContext, hits: SearchHit[]): Promise<Map<string, Trust>> {
  const trust = new Map<string, Trust>()
  for (const { part, collection } of PAGES) {
    const slugs = hits.flatMap((hit) => (pageOf(hit.url)?.part === part ? [pageOf(hit.url)!.slug] : []))
    if (slugs.length === 0) continue
    const { docs } = await ctx.payload.find({
      collection, where: { and: [{ slug: { in: slugs } }, { _status: { equals: 'published' } }] }, draft: false,
      overrideAccess: false, user: ctx.caller, depth: 0, limit: slugs.length,
      select: { slug: true, updatedAt: true, review: true },
    })
    for (const doc of docs) {
      const group = doc.review
      const review: Review | undefined = group?.owner && group.lastReviewed && group.reviewIntervalDays
        ? { owner: group.owner, lastReviewed: group.lastReviewed.slice(0, 10), reviewIntervalDays: group.reviewIntervalDays } : undefined
      trust.set(`${part}:${doc.slug}`, trustOf(part, doc.slug, doc.updatedAt, review))
    }
  }
  return trust
}

const filterValues = (what: string) => z.array(z.string().max(200)).max(20).optional().describe(what)

/** `search_knowledge`: the site's search, with the site's filters, each hit with its trust block. */
export function registerSearchTool(server: McpServer, ctx: McpContext): void {
  server.registerTool('search_knowledge', {
    title: 'Search the knowledge base',
    description: 'Searches situations, SOPs, strategies and scripts exactly as the knowledge-base site\'s search does: forgiving of typos, customer wording and British/American spelling; a named situation\'s playbook ranks first. Describe the customer\'s problem in a few words (e.g. "charged twice", "wants to cancel"). Each hit has its page URL, type, title, the line to say (scripts) and a matching excerpt; open one with get_situation_playbook, get_sop, get_strategy or get_script using its slug.',
    inputSchema: {
      query: z.string().trim().min(1).max(200).describe('What to look for, in plain words.'),
      filters: z.object({
        type: z.array(z.enum(ENTRY_TYPES)).optional().describe('Only these kinds of entry.'),
        situation: filterValues('Only entries for these situations, by title as list_situations gives it.'),
        stage: filterValues('Only entries for these call stages, e.g. "acknowledge", "resolve".'),
        channel: filterValues('Only entries for these channels: "phone", "chat", "email", "in-person".'),
      }).optional(),
      limit: z.number().int().min(1).max(25).optional().describe('How many hits to return (default 10).'),
    },
    outputSchema: searchSchema.shape,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }, async (args) => {
    let result
    try {
      result = await searchLiveSite(args.query, args.filters ?? {}, args.limit ?? 10, ctx.siteFolder)
    } catch (error) {
      if (error instanceof NoSiteBuildError) return refusal(error.message)
      throw error
    }
    const trust = await trustOfHits(ctx, result.hits)
    return answer({
      query: args.query,
      searchedFor: result.report.searchedFor,
      corrected: result.report.corrected,
      dropped: result.report.dropped,
      total: result.total,
      hits: result.hits.map((hit) => {
        const page = pageOf(hit.url)
        return {
          url: absolute(hit.url), type: hit.type, slug: page?.slug ?? '', title: hit.title, line: hit.line ?? null,
          excerpt: hit.excerpt.map((part) => (part.marked ? `**${part.text}**` : part.text)).join(''),
          trust: (page && trust.get(`${page.part}:${page.slug}`)) ?? null,
        }
      }),
      closest: result.closest.map((situation) => ({ title: situation.title, url: absolute(situation.url) })),
    })
  })
}
