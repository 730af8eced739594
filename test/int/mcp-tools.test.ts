import type { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  changesSchema, playbookSchema, scriptSchema, searchSchema, situationListSchema, sopSchema, sopWalkSchema, strategySchema,
} from '../../cms/src/mcp/output-schemas.ts'
import { callTool, errorText, mcpClient, structured } from '../helpers/mcp-client.ts'
import { READER_KEY, setUpMcpFixture, SITE_URL, type McpFixture } from '../helpers/mcp-fixture.ts'

/**
 * The MCP server's tools (issue 14), driven by the SDK's own client over Streamable HTTP through
 * the `/api/mcp` handler with a reader's API key: each tool's structured answer (parsed with its
 * output schema), walking an SOP down both branches, and bad input answered as tool errors.
 */
let fixture: McpFixture
let reader: Client

beforeAll(async () => {
  fixture = await setUpMcpFixture()
  reader = await mcpClient(fixture.handler, READER_KEY)
})
afterAll(async () => {
  await reader?.close()
  await fixture?.close()
})

describe('tools', () => {
  it('lists the eight read-only tools, each with a description and input and output schemas', async () => {
    const { tools } = await reader.listTools()
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'changes_since', 'get_script', 'get_situation_playbook', 'get_sop', 'get_strategy', 'list_situations', 'next_sop_step', 'search_knowledge'])
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(60)
      expect(tool.inputSchema.type).toBe('object')
      expect(tool.outputSchema?.type, tool.name).toBe('object')
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true)
    }
  })

  it('searches "charged twice" with the site\'s search and gets the billing playbook first, with its trust block', async () => {
    const answer = await structured(reader, 'search_knowledge', { query: 'charged twice' }, searchSchema)
    expect(answer.hits[0]).toMatchObject({ url: `${SITE_URL}/situations/double-charge/`, type: 'Situation', slug: 'double-charge', title: 'Double charge' })
    expect(answer.hits[0]!.trust).toMatchObject({ owner: 'Billing team', verifiedOn: '2026-11-01', dueForReview: false })
    expect(answer.hits.map((hit) => hit.slug)).toContain('billing-dispute')
  })

  it('searches with a type filter and returns a script\'s line', async () => {
    const answer = await structured(reader, 'search_knowledge', { query: 'double charge', filters: { type: ['Script'] } }, searchSchema)
    expect(answer.hits.map((hit) => [hit.type, hit.line])).toEqual([['Script', 'I can see the payment went through twice, {customerName}.']])
  })

  it('gives a script with its line, its use and who verified it when', async () => {
    const script = await structured(reader, 'get_script', { slug: 'sorry-for-the-double-charge' }, scriptSchema)
    expect(script).toMatchObject({ title: 'Sorry for the double charge', stage: 'acknowledge', use: 'Say this to the customer.' })
    expect(script.sops.map((sop) => sop.slug)).toEqual(['billing-dispute'])
    expect(script.trust).toMatchObject({
      url: `${SITE_URL}/scripts/sorry-for-the-double-charge/`, markdownUrl: `${SITE_URL}/scripts/sorry-for-the-double-charge.md`,
      owner: 'Billing team', verifiedOn: '2026-11-01', reviewDueOn: '2027-04-30', dueForReview: false,
    })
    expect(Date.parse(script.trust.updatedAt)).not.toBeNaN()
  })

  it('gives a strategy with its lines and sources, and says it is due for review', async () => {
    const strategy = await structured(reader, 'get_strategy', { slug: 'own-the-problem' }, strategySchema)
    expect(strategy.whyItWorks).toContain('**someone**')
    expect(strategy.scripts.map((line) => line.slug).sort()).toEqual(['refund-on-its-way', 'sorry-for-the-double-charge'])
    expect(strategy.sources).toEqual([{ title: 'Billing basics', publisher: 'Test publisher', url: 'https://example.com/billing' }])
    expect(strategy.trust).toMatchObject({ dueForReview: true, reviewDueOn: '2025-04-10' })
    expect(strategy.trust.note).toMatch(/Due for review since 2025-04-10/)
  })

  it('gives a situation playbook: its procedure, strategies and lines in call order', async () => {
    const playbook = await structured(reader, 'get_situation_playbook', { slug: 'double-charge' }, playbookSchema)
    expect(playbook.sops.map((sop) => sop.slug)).toEqual(['billing-dispute'])
    expect(playbook.strategies.map((strategy) => strategy.slug)).toEqual(['own-the-problem'])
    expect(playbook.linesByStage.map((group) => [group.stage, group.lines.map((line) => line.slug)])).toEqual([
      ['acknowledge', ['sorry-for-the-double-charge']], ['resolve', ['refund-on-its-way']]])
    expect(playbook.trust.url).toBe(`${SITE_URL}/situations/double-charge/`)
  })

  it('gives an SOP\'s steps as structure: a say step with its line, a decision with its branches', async () => {
    const sop = await structured(reader, 'get_sop', { slug: 'billing-dispute' }, sopSchema)
    expect(sop.steps.map((step) => [step.number, step.key, step.kind, step.then.kind])).toEqual([
      [1, 'listen', 'action', 'continue'], [2, 'own-it', 'say', 'continue'], [3, 'pending', 'decision', 'branches'],
      [4, 'refund', 'action', 'continue'], [5, 'confirm', 'action', 'end']])
    expect(sop.steps[1]!.say?.line).toBe('I can see the payment went through twice, {customerName}.')
    expect(sop.steps[2]!.then.branches).toEqual([
      { label: 'Yes', outcome: 'Tell them a pending payment drops off by itself within 3 days.' }, { label: 'No', step: 'refund', number: 4 }])
  })

  it('lists the published situations with their trust blocks', async () => {
    const { situations } = await structured(reader, 'list_situations', {}, situationListSchema)
    expect(situations.map((situation) => [situation.slug, situation.trust.owner])).toEqual([['double-charge', 'Billing team']])
  })

  it('lists what changed since a time, newest first', async () => {
    const { changes } = await structured(reader, 'changes_since', { since: fixture.beforeSop }, changesSchema)
    expect(changes.map((change) => [change.type, change.slug])).toEqual([['SOP', 'billing-dispute']])
    const everything = await structured(reader, 'changes_since', { since: '2020-01-01' }, changesSchema)
    expect(everything.changes).toHaveLength(5)
  })
})

describe('next_sop_step', () => {
  it('starts at the first step and stops at the first decision with its choices', async () => {
    const walk = await structured(reader, 'next_sop_step', { slug: 'billing-dispute' }, sopWalkSchema)
    expect(walk.steps.map((step) => step.key)).toEqual(['listen', 'own-it', 'pending'])
    expect(walk.stop).toEqual({ kind: 'decision', step: 'pending', question: 'Is the second payment still pending?', choices: ['Yes', 'No'] })
    expect(walk.status).toBe('Step 3 of 5')
  })

  it('walks the "Yes" branch to its outcome', async () => {
    const walk = await structured(reader, 'next_sop_step', { slug: 'billing-dispute', step: 'pending', choice: 'yes' }, sopWalkSchema)
    expect(walk.steps).toEqual([])
    expect(walk.stop).toEqual({ kind: 'outcome', outcome: 'Tell them a pending payment drops off by itself within 3 days.' })
    expect(walk.status).toBe('Done')
  })

  it('walks the "No" branch through the remaining steps to the end of the procedure', async () => {
    const walk = await structured(reader, 'next_sop_step', { slug: 'billing-dispute', step: 'pending', choice: '2' }, sopWalkSchema)
    expect(walk.steps.map((step) => step.key)).toEqual(['refund', 'confirm'])
    expect(walk.stop).toEqual({ kind: 'outcome', outcome: 'End of the procedure.' })
  })

  it('answers a choice that is not an answer with a tool error naming the field and the answers', async () => {
    const result = await callTool(reader, 'next_sop_step', { slug: 'billing-dispute', step: 'pending', choice: 'Maybe' })
    expect(result.isError).toBe(true)
    expect(errorText(result)).toMatch(/choice: "Maybe" is not an answer at step "pending"; expected one of "Yes", "No"/)
  })
})

describe('bad input', () => {
  it('answers a malformed slug with a tool error naming the field, not a crash', async () => {
    const result = await callTool(reader, 'get_script', { slug: 'Not A Slug!' })
    expect(result.isError).toBe(true)
    expect(errorText(result)).toMatch(/slug/)
  })

  it('answers an unknown slug with a tool error saying how to find one', async () => {
    const result = await callTool(reader, 'get_sop', { slug: 'no-such-sop' })
    expect(result.isError).toBe(true)
    expect(errorText(result)).toMatch(/no published SOP "no-such-sop".*search_knowledge/)
  })

  it('answers a since that is not a date with a tool error naming the field', async () => {
    const result = await callTool(reader, 'changes_since', { since: 'last tuesday' })
    expect(result.isError).toBe(true)
    expect(errorText(result)).toMatch(/since/)
  })
})

