import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richTextFor, type RichText } from '@kb/cms/library'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type SampleRefs } from '../helpers/sample-data.ts'

let cms: BootedCms
let editor: Actor
let refs: SampleRefs
let richText: RichText

beforeAll(async () => {
  cms = await bootCms()
  editor = (await createActors(cms.payload)).editor
  refs = await createSampleRefs(cms.payload)
  richText = await richTextFor(cms.config)
})
afterAll(async () => cms?.close())

/** The messages of a 400, field by field. */
const problemsOf = (body: { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }) =>
  (body.errors ?? []).flatMap((error) => error.data?.errors ?? [])

const publishStrategy = (tag: string, markdown: string) =>
  rest('POST', 'strategies', {
    as: editor.credentials,
    body: { ...sampleData('strategies', tag, refs), whyItWorks: richText.toLexical(markdown), _status: 'published' },
  })

describe('links an editor saves', () => {
  it('refuses rich text with a javascript: link, naming the field and the address', async () => {
    const response = await publishStrategy('inline-js', 'Calm them, then [read more](javascript:alert(document.cookie)).')
    expect(response.status).toBe(400)
    expect(problemsOf(response.body)).toContainEqual(
      expect.objectContaining({ path: 'whyItWorks', message: expect.stringContaining('"javascript:alert(document.cookie)"') }),
    )
  })

  it('refuses a javascript: reference definition typed into rich text', async () => {
    const response = await publishStrategy('reference-js', 'See [the guide][r].\n\n[r]: javascript:alert(1)')
    expect(response.status).toBe(400)
    expect(problemsOf(response.body).map((p) => p.path)).toContain('whyItWorks')
  })

  it('accepts web, mail and relative links', async () => {
    const response = await publishStrategy('good-links', 'See [the guide](https://example.com/guide), [mail us](mailto:qa@example.com) or [the scripts](/scripts/).')
    expect(response.status).toBe(201)
  })

  it('refuses a javascript: source URL and accepts an https one', async () => {
    const source = { title: 'An article', publisher: 'A publisher', _status: 'published' }
    const bad = await rest('POST', 'sources', { as: editor.credentials, body: { ...source, url: 'javascript://x.example/%0Aalert(document.cookie)' } })
    expect(bad.status).toBe(400)
    expect(problemsOf(bad.body)).toContainEqual(expect.objectContaining({ path: 'url', message: expect.stringMatching(/not a web address: expected http:\/\/ or https:\/\//) }))
    const good = await rest('POST', 'sources', { as: editor.credentials, body: { ...source, title: 'Another article', url: 'https://example.com/article' } })
    expect(good.status).toBe(201)
  })
})
