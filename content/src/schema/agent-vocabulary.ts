import { z } from 'zod'
import { lineSchema } from './common.ts'

/** One word or phrase as an agent or customer would type it: lower case, letters, digits, spaces, ' and -. */
const termSchema = lineSchema
  .transform((term) => term.toLowerCase().replace(/\s+/g, ' '))
  .pipe(z.string().regex(/^[\p{L}\p{N}' -]+$/u, "expected plain words (letters, digits, spaces, ' or -), e.g. \"passed away\""))

/**
 * The words agents and customers use that the library's own text may not (content/agent-vocabulary.yaml).
 * Applied to queries by the site's search; takes effect on the next build.
 */
export const agentVocabularySchema = z.strictObject({
  /**
   * Groups of words and phrases that mean the same thing to an agent: a query holding any one of
   * them also searches for the others (`[sue, lawyer, solicitor, court]`).
   */
  synonyms: z.array(z.array(termSchema).min(2, 'a synonym group needs at least two terms')),
  /** Phrases that show what a query asks for, beyond its topic. */
  intents: z.strictObject({
    /** The agent wants words to say ("what do i say"): lines to say rank first. Not searched for themselves. */
    say: z.array(termSchema).default([]),
    /** The agent asks about their own state ("drained"): lines for after the contact may rank. */
    self: z.array(termSchema).default([]),
    /** The agent asks for humour ("joke"): light-hearted lines may rank. */
    humour: z.array(termSchema).default([]),
  }),
})

export type AgentVocabulary = z.infer<typeof agentVocabularySchema>
