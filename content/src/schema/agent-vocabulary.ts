import { z } from 'zod'
import { boundedText } from './common.ts'

/**
 * How big the vocabulary may grow. The whole of it is fetched by an agent's browser on the first
 * search (`kb-vocabulary.json`), so it stays small. The starter vocabulary has 93 groups and 670
 * terms, at most 17 terms in a group and 35 characters in a term; these are about two to five times that.
 */
export const VOCABULARY_LIMITS = {
  /** Characters in one term. */
  termLength: 60,
  /** Terms in one synonym group. */
  termsPerGroup: 30,
  /** Synonym groups. */
  groups: 400,
  /** Terms over all synonym groups. */
  terms: 2_000,
  /** Phrases in each intent list. */
  intentPhrases: 100,
} as const

const { termLength, termsPerGroup, groups, terms, intentPhrases } = VOCABULARY_LIMITS

/** One word or phrase as an agent or customer would type it: lower case, letters, digits, spaces, ' and -. */
const termSchema = boundedText(termLength)
  .transform((term) => term.toLowerCase().replace(/\s+/g, ' '))
  .pipe(z.string().regex(/^[\p{L}\p{N}' -]+$/u, "expected plain words (letters, digits, spaces, ' or -), e.g. \"passed away\""))

/** Reports a term written twice in one list, at the second one. */
function refuseRepeats(list: string[], ctx: z.RefinementCtx, what: string): void {
  const seen = new Set<string>()
  list.forEach((term, index) => {
    if (seen.has(term)) ctx.addIssue({ code: 'custom', path: [index], message: `"${term}" is listed twice in ${what}: list each term once` })
    seen.add(term)
  })
}

const groupSchema = z
  .array(termSchema)
  .min(2, 'a synonym group needs at least two terms')
  .max(termsPerGroup, `a synonym group may hold at most ${termsPerGroup} terms: split it into narrower groups`)
  .superRefine((group, ctx) => refuseRepeats(group, ctx, 'this group'))

const intentListSchema = z
  .array(termSchema)
  .max(intentPhrases, `at most ${intentPhrases} phrases`)
  .superRefine((list, ctx) => refuseRepeats(list, ctx, 'this list'))
  .default([])

/**
 * The words agents and customers use that the library's own text may not. Editors manage it in the
 * CMS (the Agent vocabulary global); `content/agent-vocabulary.yaml` holds it in git. Applied to
 * queries by the site's search; takes effect on the next build. A term belongs to one synonym group
 * only: in two, it would stand in for the words of both, which is never what "narrow groups" meant.
 */
export const agentVocabularySchema = z
  .strictObject({
    /**
     * Groups of words and phrases that mean the same thing to an agent: a query holding any one of
     * them also searches for the others (`[sue, lawyer, solicitor, court]`).
     */
    synonyms: z.array(groupSchema).max(groups, `at most ${groups} synonym groups`),
    /** Phrases that show what a query asks for, beyond its topic. */
    intents: z.strictObject({
      /** The agent wants words to say ("what do i say"): lines to say rank first. Not searched for themselves. */
      say: intentListSchema,
      /** The agent asks about their own state ("drained"): lines for after the contact may rank. */
      self: intentListSchema,
      /** The agent asks for humour ("joke"): light-hearted lines may rank. */
      humour: intentListSchema,
    }),
  })
  .superRefine(({ synonyms }, ctx) => {
    const total = synonyms.reduce((sum, group) => sum + group.length, 0)
    if (total > terms) ctx.addIssue({ code: 'custom', path: ['synonyms'], message: `${total} terms in all: at most ${terms}` })
    const groupOf = new Map<string, string[]>()
    synonyms.forEach((group, groupIndex) => {
      group.forEach((term, termIndex) => {
        const other = groupOf.get(term)
        if (other && other !== group) {
          const named = other.slice(0, 3).join(', ') + (other.length > 3 ? ', …' : '')
          ctx.addIssue({
            code: 'custom',
            path: ['synonyms', groupIndex, termIndex],
            message: `"${term}" is already in the group "${named}": a term belongs to one group, so merge the groups or remove it from one`,
          })
        } else groupOf.set(term, group)
      })
    })
  })

export type AgentVocabulary = z.infer<typeof agentVocabularySchema>

/** A vocabulary with nothing in it: what search uses before any is published. A fresh one each call, so no caller can change another's. */
export function emptyAgentVocabulary(): AgentVocabulary {
  return { synonyms: [], intents: { say: [], self: [], humour: [] } }
}
