import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { GetPromptResult } from '@modelcontextprotocol/sdk/types.js'
import { z } from 'zod'
import { playbookView } from './entry-views.ts'
import { NoSiteBuildError, searchLiveSite } from './live-search.ts'
import { publishedLibrary } from './library-cache.ts'
import { walkSop } from './sop-walk.ts'
import type { McpContext } from './tool-result.ts'
import type { Trust } from './output-schemas.ts'

/** Stages whose lines are not said to a customer mid-contact (self-talk after it). */
const NOT_TO_SAY = new Set(['reflect'])

const trustLine = (trust: Trust) => `Source: ${trust.url} · ${trust.note}`

/** The slug of the situation a description is about: the first situation the site's search finds, or the closest one. */
async function situationFor(ctx: McpContext, description: string): Promise<string | undefined> {
  try {
    const answer = await searchLiveSite(description, { type: ['Situation'] }, 1, ctx.siteFolder)
    const url = answer.hits[0]?.url ?? answer.closest[0]?.url
    return url?.match(/^\/situations\/([^/]+)\/$/)?.[1]
  } catch (error) {
    if (error instanceof NoSiteBuildError) return undefined
    throw error
  }
}

/**
 * "Help me with this customer": from a short description of the contact, the situation's
 * playbook, its procedure up to the first decision, and two lines to say, each with its page and
 * trust note, framed as a request the assistant answers for the agent.
 */
async function helpWithCustomer(ctx: McpContext, description: string): Promise<GetPromptResult> {
  const kb = await publishedLibrary(ctx.payload, ctx.caller)
  const slug = await situationFor(ctx, description)
  const playbook = slug ? playbookView(kb, slug) : undefined
  const ask = `I am a contact-center agent on a contact right now. The customer: ${description}\n\n`
  if (!playbook) {
    return { messages: [{ role: 'user', content: { type: 'text', text: `${ask}The knowledge base has no playbook that matches. Call search_knowledge with the customer's own words, or list_situations, and help me from what you find. Say that nothing matched exactly.` } }] }
  }
  const sop = kb.library.sops.find((entry) => entry.slug === playbook.sops[0]?.slug)
  const walk = sop && walkSop(kb, sop)
  const lines = playbook.linesByStage.filter((group) => !NOT_TO_SAY.has(group.stage)).flatMap((group) => group.lines).slice(0, 2)
  const parts = [
    ask + 'Using only the knowledge-base content below, tell me in a few short lines what to do first and what to say. Quote lines exactly, fill in {placeholders} only with what I told you, and give me the page links. If an entry is due for review, say so.',
    `## Situation: ${playbook.title}\n${playbook.description}\n${trustLine(playbook.trust)}`,
    walk
      ? `## Procedure: ${walk.sop.title}\n${walk.steps.map((step) => `${step.number}. ${step.question ?? step.text ?? ''}${step.say ? ` Say: "${step.say.line}"` : ''}`).join('\n')}\n` +
        (walk.stop.kind === 'decision'
          ? `Then decide: ${walk.stop.question} (${(walk.stop.choices ?? []).join(' / ')}); continue with next_sop_step(slug "${walk.sop.slug}", step "${walk.stop.step}", choice).`
          : `Outcome: ${walk.stop.outcome}`) + `\n${trustLine(walk.trust)}`
      : '## Procedure\nNo procedure is published for this situation.',
    `## Lines to say\n${lines.map((line) => `- "${line.line}" (${line.url})`).join('\n') || 'None published yet.'}`,
  ]
  return { description: `Help with: ${playbook.title}`, messages: [{ role: 'user', content: { type: 'text', text: parts.join('\n\n') } }] }
}

export function registerPrompts(server: McpServer, ctx: McpContext): void {
  server.registerPrompt('help_with_customer', {
    title: 'Help me with this customer',
    description: 'From a short description of the customer\'s situation: the matching playbook, the first steps of its procedure up to the first decision, and two lines to say, with page links and trust notes.',
    argsSchema: { situation: z.string().trim().min(3).max(500).describe('What is happening on the contact, in a sentence, e.g. "customer says they were charged twice and is angry".') },
  }, async (args) => helpWithCustomer(ctx, args.situation))
}
