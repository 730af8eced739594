import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { slugSchema } from '@kb/content'
import { z } from 'zod'
import { playbookView, scriptView, situationListView, strategyView } from './entry-views.ts'
import { changesSchema, playbookSchema, scriptSchema, situationListSchema, sopSchema, sopWalkSchema, strategySchema } from './output-schemas.ts'
import { publishedLibrary } from './library-cache.ts'
import type { PublishedLibrary } from './published-library.ts'
import { sopView, ToolInputError, walkSop } from './sop-walk.ts'
import { answer, notFound, refusal, type McpContext } from './tool-result.ts'
import { pageUrl, trustOf, type PagePart } from './trust.ts'

/** Read-only, no side effects, answers from the knowledge base only: what every tool here declares. */
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const
const slug = slugSchema.describe('The entry\'s slug, e.g. "angry-caller": from search_knowledge, list_situations or another answer.')
const TRUST = 'Carries the page URL, last change, owner, verification day and whether it is due for review: pass the URL on, and say so when it is due.'

/** The entry tools: get_script, get_strategy, get_situation_playbook, get_sop, next_sop_step, list_situations, changes_since. */
export function registerEntryTools(server: McpServer, ctx: McpContext): void {
  const kb = (): Promise<PublishedLibrary> => publishedLibrary(ctx.payload, ctx.caller)

  server.registerTool('get_script', {
    title: 'Get a script (a line to say)',
    description: `A script: the exact words to say, what not to say instead, why it works, its stage and channels. ${TRUST}`,
    inputSchema: { slug }, outputSchema: scriptSchema.shape, annotations: READ_ONLY,
  }, async (args) => {
    const view = scriptView(await kb(), args.slug)
    return view ? answer(view) : notFound('script', args.slug, 'search_knowledge (filters: {type: ["Script"]})')
  })

  server.registerTool('get_strategy', {
    title: 'Get a strategy',
    description: `A conflict-resolution strategy: summary, why it works, steps, pitfalls, sources and the lines that apply it. ${TRUST}`,
    inputSchema: { slug }, outputSchema: strategySchema.shape, annotations: READ_ONLY,
  }, async (args) => {
    const view = strategyView(await kb(), args.slug)
    return view ? answer(view) : notFound('strategy', args.slug, 'search_knowledge (filters: {type: ["Strategy"]})')
  })

  server.registerTool('get_situation_playbook', {
    title: 'Get a situation playbook',
    description: `Everything for one customer situation (e.g. an angry caller, a double charge): the procedures to follow, strategies, and lines to say stage by stage in call order. Start here when you know the situation. ${TRUST}`,
    inputSchema: { slug }, outputSchema: playbookSchema.shape, annotations: READ_ONLY,
  }, async (args) => {
    const view = playbookView(await kb(), args.slug)
    return view ? answer(view) : notFound('situation', args.slug, 'list_situations or search_knowledge')
  })

  server.registerTool('get_sop', {
    title: 'Get a standard operating procedure',
    description: `An SOP with its steps as structure: each step's key, kind (action, say, decision), text, the line to say, and where it leads (next step, jump, outcome, or a decision's branches). To guide an agent step by step, use next_sop_step. ${TRUST}`,
    inputSchema: { slug }, outputSchema: sopSchema.shape, annotations: READ_ONLY,
  }, async (args) => {
    const library = await kb()
    const sop = library.library.sops.find((entry) => entry.slug === args.slug)
    return sop ? answer(sopView(library, sop)) : notFound('SOP', args.slug, 'search_knowledge (filters: {type: ["SOP"]}) or get_situation_playbook')
  })

  server.registerTool('next_sop_step', {
    title: 'Walk an SOP one decision at a time',
    description: 'Guides an agent through a procedure as the site\'s guided mode does. Call with the SOP slug alone to start: you get the steps to carry out up to the first decision, its question and the choices. Ask the agent, then call again with step = that decision\'s key and choice = the answer (its label or its number). Repeat until stop.kind is "outcome". Passing a step without a choice walks on from that step.',
    inputSchema: {
      slug,
      step: z.string().max(64).optional().describe('Key of the step to continue from: the decision being answered (stop.step of the previous call). Omit to start at the first step.'),
      choice: z.string().max(200).optional().describe('The answer at that decision: a label from stop.choices (any case) or its 1-based number.'),
    },
    outputSchema: sopWalkSchema.shape, annotations: READ_ONLY,
  }, async (args) => {
    const library = await kb()
    const sop = library.library.sops.find((entry) => entry.slug === args.slug)
    if (!sop) return notFound('SOP', args.slug, 'search_knowledge (filters: {type: ["SOP"]}) or get_situation_playbook')
    try {
      return answer(walkSop(library, sop, args.step, args.choice))
    } catch (error) {
      if (error instanceof ToolInputError) return refusal(error.message)
      throw error
    }
  })

  server.registerTool('list_situations', {
    title: 'List the customer situations',
    description: `Every customer situation the knowledge base has a playbook for, with its description and other names. Use it to pick a slug for get_situation_playbook. Each carries its trust block.`,
    inputSchema: {}, outputSchema: situationListSchema.shape, annotations: READ_ONLY,
  }, async () => answer(situationListView(await kb())))

  server.registerTool('changes_since', {
    title: 'What changed since a time',
    description: 'Published entries (situations, SOPs, strategies, scripts) changed after a date or time, newest first, each with its trust block. Entries unpublished or deleted since are not listed.',
    inputSchema: {
      since: z.union([z.iso.date(), z.iso.datetime({ offset: true })])
        .describe('A day (YYYY-MM-DD, midnight UTC) or an ISO timestamp, e.g. "2026-11-01" or "2026-11-01T09:00:00Z".'),
    },
    outputSchema: changesSchema.shape, annotations: READ_ONLY,
  }, async (args) => {
    const since = new Date(args.since).getTime()
    const library = await kb()
    const parts = [['situations', 'Situation'], ['sops', 'SOP'], ['strategies', 'Strategy'], ['scripts', 'Script']] as const
    const changes = parts.flatMap(([part, type]) =>
      (library.library[part] as { slug: string; title: string; review?: Parameters<typeof trustOf>[3] }[])
        .map((entry) => ({ entry, part: part as PagePart, type, updatedAt: library.updatedAt(part, entry.slug) }))
        .filter(({ updatedAt }) => new Date(updatedAt).getTime() > since))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map(({ entry, part, type, updatedAt }) => ({
        slug: entry.slug, title: entry.title, url: pageUrl(part, entry.slug), type, trust: trustOf(part, entry.slug, updatedAt, entry.review),
      }))
    return answer({ since: new Date(since).toISOString(), changes })
  })
}
