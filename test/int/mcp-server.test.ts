import type { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richTextFor } from '@kb/cms/library'
import { mcpHttpHandler } from '@kb/cms/mcp'
import {
  changesSchema, playbookSchema, scriptSchema, searchSchema, situationListSchema, sopSchema, sopWalkSchema, strategySchema,
} from '../../cms/src/mcp/output-schemas.ts'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { buildMiniSearchSite } from '../helpers/mini-search-site.ts'
import { callTool, errorText, MCP_URL, mcpClient, structured } from '../helpers/mcp-client.ts'

/**
 * The MCP server (issue 14) driven by the SDK's own client over Streamable HTTP, through the
 * `/api/mcp` handler: the tools and their structured answers, a resource, drafts that never
 * appear, and API keys (401 without a valid one).
 */
let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let handler: (request: Request) => Promise<Response>
let reader: Client
const SITE_URL = 'https://kb.example.test'
const previousEnv = { SITE_URL: process.env.SITE_URL, KB_TODAY: process.env.KB_TODAY }
const fresh = { owner: 'Billing team', lastReviewed: '2026-11-01', reviewIntervalDays: 180 }
const stale = { owner: 'Quality team', lastReviewed: '2025-01-10', reviewIntervalDays: 90 }
let beforeEdits: string

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL
  process.env.KB_TODAY = '2026-11-30'
  cms = await bootCms()
  const { payload } = cms
  actors = await createActors(payload)
  const richText = await richTextFor(payload.config)
  const published = '_status' as const
  const situation = await payload.create({ collection: 'situations', data: {
    title: 'Double charge', slug: 'double-charge', description: 'The customer sees the same payment twice.', aliases: ['charged twice'], review: fresh, [published]: 'published' } })
  const draftSituation = await payload.create({ collection: 'situations', draft: true, data: {
    title: 'Planted draft situation', slug: 'planted-draft-situation', description: 'Never published.', [published]: 'draft' } })
  const source = await payload.create({ collection: 'sources', data: { title: 'Billing basics', slug: 'billing-basics', publisher: 'Test publisher', url: 'https://example.com/billing', [published]: 'published' } })
  const strategy = await payload.create({ collection: 'strategies', data: {
    title: 'Own the problem', slug: 'own-the-problem', summary: 'Take the problem on as yours.', whyItWorks: richText.toLexical('Customers calm down when **someone** owns it.'),
    steps: [{ text: 'Say you will sort it out.' }], stages: ['acknowledge'], situations: [situation.id], sources: [source.id], review: stale, [published]: 'published' } })
  const script = (slug: string, title: string, line: string, stage: 'acknowledge' | 'resolve') => payload.create({ collection: 'empathy-scripts', data: {
    title, slug, line, situations: [situation.id], stage, channels: ['phone', 'chat'], tone: 'warm', why: 'It names the problem.', strategies: [strategy.id], review: fresh, [published]: 'published' } })
  const sorry = await script('sorry-for-the-double-charge', 'Sorry for the double charge', 'I can see the payment went through twice, {customerName}.', 'acknowledge')
  await script('refund-on-its-way', 'Refund on its way', 'The second payment is coming back to you within {days} days.', 'resolve')
  await payload.update({ collection: 'empathy-scripts', id: sorry.id, draft: true, data: { title: 'Sorry (planted draft edit)' } })
  await payload.create({ collection: 'empathy-scripts', draft: true, data: {
    title: 'Planted draft script', slug: 'planted-draft-script', line: 'This line was never published.', situations: [situation.id, draftSituation.id], stage: 'acknowledge',
    channels: ['phone'], tone: 'calm', why: 'Drafts never leave the CMS.', review: fresh, [published]: 'draft' } })
  await new Promise((resolve) => setTimeout(resolve, 5))
  beforeEdits = new Date().toISOString()
  await new Promise((resolve) => setTimeout(resolve, 5))
  await payload.create({ collection: 'sops', data: {
    title: 'Billing dispute', slug: 'billing-dispute', purpose: 'Sort out a payment taken twice.', trigger: 'The customer says they were charged twice.',
    roles: ['Agent'], resolvedWhen: 'The customer knows when the money comes back.', situations: [situation.id], strategies: [strategy.id], review: fresh, [published]: 'published',
    steps: [
      { key: 'listen', kind: 'action', text: 'Let the customer explain both payments.' },
      { key: 'own-it', kind: 'say', script: sorry.id, text: 'Once they have finished.' },
      { key: 'pending', kind: 'decision', question: 'Is the second payment still pending?', branches: [
        { label: 'Yes', outcome: 'Tell them a pending payment drops off by itself within 3 days.' },
        { label: 'No', goto: 'refund' }] },
      { key: 'refund', kind: 'action', text: 'Refund the second payment.' },
      { key: 'confirm', kind: 'action', text: 'Confirm the refund by email.' },
    ] } })
  const siteDir = await buildMiniSearchSite([
    { url: '/situations/double-charge/', type: 'Situation', title: 'Double charge', aliases: ['charged twice'], text: 'The customer sees the same payment twice.' },
    { url: '/sops/billing-dispute/', type: 'SOP', title: 'Billing dispute', situations: ['Double charge'], text: 'The customer says they were charged twice. Refund the second payment.' },
    { url: '/scripts/sorry-for-the-double-charge/', type: 'Script', title: 'Sorry for the double charge', situations: ['Double charge'],
      line: 'I can see the payment went through twice, {customerName}.', text: 'It names the problem.' },
    { url: '/strategies/own-the-problem/', type: 'Strategy', title: 'Own the problem', situations: ['Double charge'], text: 'Take the problem on as yours.' },
  ])
  handler = mcpHttpHandler(Promise.resolve(cms.config), { siteFolder: () => siteDir })
  reader = await mcpClient(handler, 'reader-api-key-0123456789')
})

afterAll(async () => {
  await reader?.close()
  await cms?.close()
  for (const [name, value] of Object.entries(previousEnv)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
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
    const { changes } = await structured(reader, 'changes_since', { since: beforeEdits }, changesSchema)
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

describe('resources', () => {
  it('lists each published entry as a kb:// resource and reads a playbook as Markdown with front matter', async () => {
    const { resources } = await reader.listResources()
    expect(resources.map((resource) => resource.uri).sort()).toEqual([
      'kb://scripts/refund-on-its-way', 'kb://scripts/sorry-for-the-double-charge', 'kb://situations/double-charge',
      'kb://sops/billing-dispute', 'kb://strategies/own-the-problem'])
    const { contents } = await reader.readResource({ uri: 'kb://situations/double-charge' })
    const text = contents[0] && 'text' in contents[0] ? contents[0].text : ''
    expect(text).toMatch(/^---\ntype: situation\n/)
    expect(text).toContain(`url: ${SITE_URL}/situations/double-charge/`)
    expect(text).toContain('# Double charge')
  })
})

describe('drafts', () => {
  it('never shows a draft: not by slug, in a playbook, in changes, in the situations or the resources', async () => {
    expect((await callTool(reader, 'get_script', { slug: 'planted-draft-script' })).isError).toBe(true)
    expect((await callTool(reader, 'get_situation_playbook', { slug: 'planted-draft-situation' })).isError).toBe(true)
    const everything = JSON.stringify([
      await callTool(reader, 'get_situation_playbook', { slug: 'double-charge' }),
      await callTool(reader, 'changes_since', { since: '2020-01-01' }),
      await callTool(reader, 'list_situations'),
      await callTool(reader, 'get_script', { slug: 'sorry-for-the-double-charge' }),
      await reader.listResources(),
    ])
    expect(everything).not.toMatch(/planted|never published/i)
  })

  it('shows an editor the published version too, never the draft', async () => {
    await cms.payload.update({ collection: 'users', id: actors.editor.user!.id, data: { enableAPIKey: true, apiKey: 'editor-api-key-0123456789' } })
    const editor = await mcpClient(handler, 'editor-api-key-0123456789')
    try {
      const script = await structured(editor, 'get_script', { slug: 'sorry-for-the-double-charge' }, scriptSchema)
      expect(script.title).toBe('Sorry for the double charge')
      expect((await callTool(editor, 'get_script', { slug: 'planted-draft-script' })).isError).toBe(true)
    } finally {
      await editor.close()
    }
  })
})

describe('API keys', () => {
  const initialize = (headers: Record<string, string>) => handler(new Request(MCP_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'list_situations', arguments: {} } }),
  }))

  it('refuses a request without an API key with 401, saying how to send one', async () => {
    const response = await initialize({})
    expect(response.status).toBe(401)
    expect((await response.json()).error.message).toMatch(/users API-Key <key>/)
  })

  it('refuses an invalid API key with 401 and runs no tool', async () => {
    const response = await initialize({ authorization: 'users API-Key not-a-real-key' })
    expect(response.status).toBe(401)
    const body = await response.json()
    expect(body.error.message).toMatch(/invalid or has been revoked/)
    expect(JSON.stringify(body)).not.toContain('double-charge')
  })

  it('ignores a signed-in session cookie: only an API key gets in', async () => {
    const { token } = await cms.payload.login({ collection: 'users', data: { email: 'editor@kb.test', password: 'correct-horse-battery-staple' } })
    expect((await initialize({ cookie: `payload-token=${token}` })).status).toBe(401)
  })
})
