import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restHandlers } from '@kb/cms/api'
import { TEXT_LIMITS } from '@kb/content'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type SampleRefs } from '../helpers/sample-data.ts'

let cms: BootedCms
let editor: Actor
let refs: SampleRefs

beforeAll(async () => {
  cms = await bootCms()
  editor = (await createActors(cms.payload)).editor
  refs = await createSampleRefs(cms.payload)
})
afterAll(async () => cms?.close())

const MB = 1024 * 1024
/** The field problems of a 400, as Payload lists them. */
const problemsOf = (body: { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }) =>
  (body.errors ?? []).flatMap((error) => error.data?.errors ?? [])
const login = (body: BodyInit, headers: Record<string, string> = {}, init: { duplex?: 'half' } = {}) =>
  restHandlers.POST(new Request('http://kb.test/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, ...init }), {
    params: Promise.resolve({ slug: ['users', 'login'] }),
  })
/** Scripts stored, drafts included (a draft save creates the document too). */
const scriptCount = async () => (await cms.payload.find({ collection: 'empathy-scripts', draft: true, limit: 0, depth: 0 })).totalDocs

describe('request bodies', () => {
  it('refuses a JSON body over 1 MB with 413 before parsing it', async () => {
    const response = await login(JSON.stringify({ email: 'x@kb.test', password: 'x'.repeat(2 * MB) }))
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toMatch(/larger than 1048576 bytes \(1 MB\)/)
  })

  it('refuses a body whose Content-Length says 100 MB without reading it', async () => {
    const response = await login('{}', { 'content-length': String(100 * MB) })
    expect(response.status).toBe(413)
  })

  it('stops reading a streamed body as soon as it passes 1 MB', async () => {
    let sent = 0
    const chunk = new Uint8Array(64 * 1024).fill(32)
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 100 * MB) return controller.close()
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const response = await login(stream, {}, { duplex: 'half' })
    expect(response.status).toBe(413)
    expect(sent).toBeLessThan(2 * MB)
  })

  it('refuses a 10 MB script line with 413 and saves nothing', async () => {
    const before = await scriptCount()
    const response = await rest('POST', 'empathy-scripts?draft=true', {
      as: editor.credentials,
      body: { ...sampleData('empathy-scripts', 'huge', refs), line: 'a'.repeat(10 * MB) },
    })
    expect(response.status).toBe(413)
    expect(await scriptCount()).toBe(before)
  })

  it('still accepts an ordinary save', async () => {
    const response = await rest('POST', 'empathy-scripts', { as: editor.credentials, body: { ...sampleData('empathy-scripts', 'ordinary', refs), _status: 'published' } })
    expect(response.status).toBe(201)
  })
})

describe('text lengths', () => {
  it('refuses a script line longer than a sentence or two, naming the field and the limit', async () => {
    const before = await scriptCount()
    const response = await rest('POST', 'empathy-scripts', {
      as: editor.credentials,
      body: { ...sampleData('empathy-scripts', 'long-line', refs), line: 'a'.repeat(TEXT_LIMITS.line + 1), _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(problemsOf(response.body)).toContainEqual(expect.objectContaining({ path: 'line', message: expect.stringContaining(String(TEXT_LIMITS.line)) }))
    expect(await scriptCount()).toBe(before)
  })

  it('refuses an over-long line in a draft too, naming the field, though drafts skip other checks', async () => {
    const before = await scriptCount()
    const response = await rest('POST', 'empathy-scripts?draft=true', {
      as: editor.credentials,
      body: { ...sampleData('empathy-scripts', 'long-draft', refs), line: 'a'.repeat(900_000) },
    })
    expect(response.status).toBe(400)
    expect(problemsOf(response.body)).toContainEqual({ path: 'line', message: `This text is 900000 characters long; at most ${TEXT_LIMITS.line} are allowed.` })
    const step = await rest('POST', 'sops?draft=true', {
      as: editor.credentials,
      body: { ...sampleData('sops', 'long-step', refs), steps: [{ key: 'one', blockType: 'action', text: 'b'.repeat(TEXT_LIMITS.line + 1) }] },
    })
    expect(problemsOf(step.body).map((p: { path: string }) => p.path)).toEqual(['steps.0.text'])
    expect(await scriptCount()).toBe(before)
  })

  it('refuses an over-long title and slug with the same limits as content:check', async () => {
    for (const [field, value] of [['title', 'T'.repeat(TEXT_LIMITS.title + 1)], ['slug', 'a'.repeat(TEXT_LIMITS.slug + 1)]] as const) {
      const response = await rest('POST', 'situations', { as: editor.credentials, body: { title: 'Fine', description: 'Fine.', [field]: value, _status: 'published' } })
      expect(response.status, field).toBe(400)
    }
  })
})
