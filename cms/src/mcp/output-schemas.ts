import { z } from 'zod'

/**
 * The shapes every MCP tool answers with (its `outputSchema` and `structuredContent`), one source
 * for the JSON schema clients see and the TypeScript types the tools build. Descriptions are
 * written for the assistant reading them.
 */

/** How far to trust an entry: where it lives, when it changed, who answers for it, whether it is due for review. */
export const trustSchema = z.object({
  url: z.string().describe('Canonical page of the entry on the knowledge-base site: cite it to the human agent.'),
  markdownUrl: z.string().describe('The same entry as Markdown with front matter.'),
  updatedAt: z.string().describe('When the published entry last changed (ISO timestamp).'),
  owner: z.string().nullable().describe('Team or person answerable for the entry; null when none is recorded.'),
  verifiedOn: z.string().nullable().describe('Day the owner last verified the entry (YYYY-MM-DD); null when never recorded.'),
  reviewDueOn: z.string().nullable().describe('First day the entry is due for review again (YYYY-MM-DD).'),
  dueForReview: z.boolean().describe('True when the review interval has lapsed: say so when you rely on it.'),
  note: z.string().describe('One sentence on how far to trust the entry, to pass on when it matters.'),
})
export type Trust = z.infer<typeof trustSchema>

/** Another entry an answer points to, with its page. */
export const linkSchema = z.object({ slug: z.string(), title: z.string(), url: z.string() })
export type EntryLink = z.infer<typeof linkSchema>

/** A line to say, as scripts and playbooks list it. */
export const lineLinkSchema = linkSchema.extend({
  line: z.string().describe('The words to say; {placeholders} are details the agent fills in.'),
})

export const scriptSchema = z.object({
  slug: z.string(),
  title: z.string(),
  line: z.string().describe('The words to say; {placeholders} such as {customerName} are filled in by the agent.'),
  insteadOf: z.string().nullable().describe('The tempting line that makes things worse; never suggest it.'),
  why: z.string().describe('Why the line works, in one sentence.'),
  stage: z.string().describe('Call stage the line belongs to, e.g. acknowledge, resolve, close.'),
  use: z.string().describe('When to use the line: said to the customer, self-talk after the contact, or light humour only when relaxed.'),
  channels: z.array(z.string()),
  tone: z.string(),
  situations: z.array(linkSchema),
  strategies: z.array(linkSchema),
  sops: z.array(linkSchema).describe('Procedures that say this line at one of their steps.'),
  trust: trustSchema,
})

export const strategySchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  whyItWorks: z.string().describe('Markdown.'),
  steps: z.array(z.string()).describe('What to do, in order.'),
  pitfalls: z.array(z.string()),
  stages: z.array(z.string()),
  situations: z.array(linkSchema),
  scripts: z.array(lineLinkSchema).describe('Lines that apply this strategy.'),
  sources: z.array(z.object({ title: z.string(), publisher: z.string(), url: z.string().nullable() })),
  trust: trustSchema,
})

export const playbookSchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  aliases: z.array(z.string()).describe('Other words agents and customers use for this situation.'),
  sops: z.array(linkSchema.extend({ trigger: z.string() })).describe('Procedures to follow; walk one with next_sop_step.'),
  strategies: z.array(linkSchema.extend({ summary: z.string() })),
  linesByStage: z.array(z.object({ stage: z.string(), label: z.string(), lines: z.array(lineLinkSchema) }))
    .describe('Lines to say, in call order (listen, acknowledge, … close).'),
  trust: trustSchema,
})

/** Where a step leads: the next step, a jump, an outcome, the end, or a decision's branches. */
export const stepExitSchema = z.object({
  kind: z.enum(['continue', 'jump', 'outcome', 'end', 'branches']),
  step: z.string().optional().describe('Key of the step it leads to (continue, jump).'),
  number: z.number().optional(),
  outcome: z.string().optional().describe('What the procedure comes to (outcome).'),
  branches: z.array(z.object({
    label: z.string().describe('The answer, to pass as `choice` to next_sop_step.'),
    step: z.string().optional(),
    number: z.number().optional(),
    outcome: z.string().optional(),
  })).optional(),
})

export const sopStepSchema = z.object({
  number: z.number().describe('1-based, as the page shows it ("Step 3").'),
  key: z.string().describe('Step key, to pass as `step` to next_sop_step.'),
  kind: z.enum(['action', 'say', 'decision']),
  text: z.string().nullable().describe('What to do (action), or when to say the line (say).'),
  question: z.string().nullable().describe('What to decide (decision).'),
  say: lineLinkSchema.nullable().describe('The line to say at a say step.'),
  then: stepExitSchema,
})
export type SopStepView = z.infer<typeof sopStepSchema>

export const sopSchema = z.object({
  slug: z.string(),
  title: z.string(),
  purpose: z.string(),
  trigger: z.string().describe('When the procedure applies.'),
  roles: z.array(z.string()),
  steps: z.array(sopStepSchema),
  escalation: z.array(z.string()).describe('When to escalate.'),
  resolvedWhen: z.string(),
  situations: z.array(linkSchema),
  strategies: z.array(linkSchema),
  trust: trustSchema,
})

export const sopWalkSchema = z.object({
  sop: linkSchema,
  steps: z.array(sopStepSchema).describe('The steps to carry out now, in order, up to and including the next decision.'),
  stop: z.object({
    kind: z.enum(['decision', 'outcome']),
    step: z.string().optional().describe('Key of the decision to answer: call next_sop_step with it and one of `choices`.'),
    question: z.string().optional(),
    choices: z.array(z.string()).optional(),
    outcome: z.string().optional().describe('What the procedure came to: it has ended.'),
  }),
  status: z.string().describe('"Step 2 of 4", or "Done" once the procedure has ended.'),
  trust: trustSchema,
})

export const situationListSchema = z.object({
  situations: z.array(linkSchema.extend({ description: z.string(), aliases: z.array(z.string()), trust: trustSchema })),
})

export const changesSchema = z.object({
  since: z.string(),
  changes: z.array(linkSchema.extend({ type: z.enum(['Situation', 'SOP', 'Strategy', 'Script']), trust: trustSchema }))
    .describe('Published entries changed since, newest first. Unpublished or deleted entries are not listed.'),
})

export const searchSchema = z.object({
  query: z.string(),
  searchedFor: z.string().describe('The query as the search understood it (spelling corrected, quotes normalised).'),
  corrected: z.array(z.object({ from: z.string(), to: z.string() })).describe('Words the search corrected, e.g. from "refnd" to "refund".'),
  dropped: z.array(z.string()).describe('Words left out because the knowledge base does not know them.'),
  total: z.number().describe('How many entries matched, after filters.'),
  hits: z.array(z.object({
    url: z.string(),
    type: z.string().describe('Situation, SOP, Strategy or Script.'),
    slug: z.string(),
    title: z.string(),
    line: z.string().nullable().describe('For a script: the words to say.'),
    excerpt: z.string().describe('Matching text; **bold** marks the words that matched.'),
    trust: trustSchema.nullable(),
  })),
  closest: z.array(z.object({ title: z.string(), url: z.string() })).describe('When nothing matched well: the situations closest to the query.'),
})
