import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { playbookSchema, scriptSchema, searchSchema } from '../../cms/src/mcp/output-schemas.ts'
import { callTool, MCP_URL, mcpClient, structured } from '../helpers/mcp-client.ts'
import { READER_KEY, setUpMcpFixture, SITE_URL, type McpFixture } from '../helpers/mcp-fixture.ts'

/**
 * What the MCP server lets out and to whom (issue 14): resources and the prompt, planted drafts
 * that appear nowhere (for reader and editor keys), 401 without a valid API key, and `pnpm mcp`
 * over stdio as an anonymous reader.
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

  it("gives a resource's front matter the entry's last change, the same time its tools report", async () => {
    const { contents } = await reader.readResource({ uri: 'kb://situations/double-charge' })
    const text = contents[0] && 'text' in contents[0] ? contents[0].text : ''
    const playbook = await structured(reader, 'get_situation_playbook', { slug: 'double-charge' }, playbookSchema)
    expect(playbook.trust.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(text).toContain(`\nupdated: "${playbook.trust.updatedAt}"\n`)
  })
})

describe('prompts', () => {
  it('helps with a described customer: the playbook, the procedure up to its first decision and two lines to say', async () => {
    const { prompts } = await reader.listPrompts()
    expect(prompts.map((prompt) => [prompt.name, prompt.arguments?.map((argument) => argument.name)])).toEqual([['help_with_customer', ['situation']]])
    const { messages } = await reader.getPrompt({ name: 'help_with_customer', arguments: { situation: 'says she was charged twice for one order' } })
    const text = messages[0]?.content.type === 'text' ? messages[0].content.text : ''
    expect(text).toContain('## Situation: Double charge')
    expect(text).toContain('## Procedure: Billing dispute\n1. Let the customer explain both payments.')
    expect(text).toContain('Then decide: Is the second payment still pending? (Yes / No)')
    expect(text).toContain(`- "I can see the payment went through twice, {customerName}." (${SITE_URL}/scripts/sorry-for-the-double-charge/)`)
    expect(text).toContain(`- "The second payment is coming back to you within {days} days." (${SITE_URL}/scripts/refund-on-its-way/)`)
    expect(text).not.toMatch(/planted/i)
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
    await fixture.cms.payload.update({ collection: 'users', id: fixture.actors.editor.user!.id, data: { enableAPIKey: true, apiKey: 'editor-api-key-0123456789' } })
    const editor = await mcpClient(fixture.handler, 'editor-api-key-0123456789')
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
  const initialize = (headers: Record<string, string>) => fixture.handler(new Request(MCP_URL, {
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
    const { token } = await fixture.cms.payload.login({ collection: 'users', data: { email: 'editor@kb.test', password: 'correct-horse-battery-staple' } })
    expect((await initialize({ cookie: `payload-token=${token}` })).status).toBe(401)
  })
})

describe('pnpm mcp over stdio', () => {
  it('serves published content to an anonymous desktop assistant: search finds the playbook, drafts stay hidden', async () => {
    // The script searches the live build: a site output folder whose `live` points at the fixture's index.
    const output = mkdtempSync(join(tmpdir(), 'kb-site-output-'))
    symlinkSync(fixture.siteDir, join(output, 'live'))
    const env: Record<string, string> = {}
    for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value
    const transport = new StdioClientTransport({
      command: process.execPath, args: ['scripts/mcp.ts'], cwd: join(import.meta.dirname, '../..'), stderr: 'pipe',
      env: { ...env, KB_SITE_OUTPUT: output },
    })
    const client = new McpClient({ name: 'kb-stdio-test', version: '1.0.0' })
    try {
      await client.connect(transport)
      const search = await structured(client, 'search_knowledge', { query: 'charged twice' }, searchSchema)
      expect(search.hits[0]?.url).toBe(`${SITE_URL}/situations/double-charge/`)
      const script = await structured(client, 'get_script', { slug: 'sorry-for-the-double-charge' }, scriptSchema)
      expect(script.title).toBe('Sorry for the double charge')
      expect((await callTool(client, 'get_script', { slug: 'planted-draft-script' })).isError).toBe(true)
    } finally {
      await client.close()
      rmSync(output, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('freshness', () => {
  it('answers with an entry as soon as it is published, and forgets it once it is unpublished', async () => {
    const { payload } = fixture.cms
    await structured(reader, 'get_situation_playbook', { slug: 'double-charge' }, playbookSchema)
    const situation = (await payload.find({ collection: 'situations', where: { slug: { equals: 'double-charge' } } })).docs[0]!
    const late = await payload.create({ collection: 'empathy-scripts', data: {
      title: 'Published late', slug: 'published-late', line: 'Let me check that for you now.', situations: [situation.id], stage: 'clarify',
      channels: ['phone'], tone: 'calm', why: 'It says what happens next.', review: { owner: 'Billing team', lastReviewed: '2026-11-01', reviewIntervalDays: 180 }, _status: 'published' } })
    const playbook = await structured(reader, 'get_situation_playbook', { slug: 'double-charge' }, playbookSchema)
    expect(playbook.linesByStage.flatMap((group) => group.lines.map((line) => line.slug))).toContain('published-late')
    await payload.update({ collection: 'empathy-scripts', id: late.id, data: { _status: 'draft' } })
    expect((await callTool(reader, 'get_script', { slug: 'published-late' })).isError).toBe(true)
  })
})
