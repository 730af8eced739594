import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kbExportSchema, publishedTimesSchema } from '@kb/content'
import { checkLibrary } from '@kb/content/files'
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts'
import { buildSite, filesContaining, filesIn, FIXTURE_LIBRARY_DIR, PLANTED, removeBuilds } from '../helpers/site-build.ts'

/** The fixture library as the shared build imported it. */
const library = checkLibrary(FIXTURE_LIBRARY_DIR).library

/** The kinds of entry with a page, by the folder their pages and twins live in. */
const PAGE_PARTS = [
  { part: 'situations', type: 'situation' },
  { part: 'strategies', type: 'strategy' },
  { part: 'scripts', type: 'script' },
  { part: 'sops', type: 'sop' },
] as const

let build: FixtureSite
let siteUrl: string
const read = (file: string) => readFileSync(join(build.dist, file), 'utf8')

beforeAll(() => {
  build = fixtureSite()
  siteUrl = build.siteUrl
})
afterAll(removeBuilds)

describe('building the site from the CMS', () => {
  it('gives every published fixture entry its page and its Markdown twin', () => {
    const missing: string[] = []
    for (const { part, type } of PAGE_PARTS) {
      for (const { slug } of library[part]) {
        if (!existsSync(join(build.dist, part, slug, 'index.html'))) missing.push(`${part}/${slug}/index.html`)
        const twin = join(build.dist, part, `${slug}.md`)
        if (!existsSync(twin)) missing.push(`${part}/${slug}.md`)
        else expect(readFileSync(twin, 'utf8')).toMatch(new RegExp(`^---\\ntype: ${type}\\nslug: ${slug}\\n`))
      }
    }
    expect(missing).toEqual([])
  })

  it('leaves a script saved only as a draft out of every file it writes, search index included', () => {
    const { slug, word } = PLANTED.draftScript
    expect(existsSync(join(build.dist, 'scripts', slug))).toBe(false)
    expect(filesContaining(build.dist, word)).toEqual([])
  })

  it('gives search the agent vocabulary published in the CMS, never an unpublished draft of it', () => {
    const written = JSON.parse(readFileSync(join(build.dist, 'pagefind/kb-vocabulary.json'), 'utf8')) as { synonyms: string[][] }
    expect(written.synonyms).toContainEqual(expect.arrayContaining(['sue', 'lawyer', 'solicitor', 'court']))
    expect(filesContaining(build.dist, PLANTED.draftVocabulary.word)).toEqual([])
    expect(existsSync(join(build.dist, 'agent-vocabulary.json'))).toBe(false)
  })

  it('builds the published version of a strategy, not its newer unpublished edit', () => {
    const { slug, draftWord } = PLANTED.editedStrategy
    const published = library.strategies.find((s) => s.slug === slug)!
    expect(filesContaining(build.dist, draftWord)).toEqual([])
    const carrying = filesContaining(build.dist, published.summary)
    expect(carrying).toEqual(expect.arrayContaining([`strategies/${slug}/index.html`, `strategies/${slug}.md`, 'kb.json']))
  })

  it("starts every Markdown twin's front matter with when the CMS says the entry last changed", async () => {
    const answer = await fetch(`${build.env.CMS_URL}/api/library/published`, { headers: { authorization: `users API-Key ${build.env.CMS_API_KEY}` } })
    const updated = publishedTimesSchema.parse(((await answer.json()) as { updated?: unknown }).updated)
    for (const { part } of PAGE_PARTS) {
      for (const { slug } of library[part]) {
        const time = updated[part]?.[slug]
        expect(time, `${part}/${slug}`).toMatch(/^\d{4}-\d\d-\d\dT/)
        expect(read(`${part}/${slug}.md`)).toMatch(new RegExp(`^---\\n(?:.+\\n)*?updated: "${time}"\\n(?:.+\\n)*?---\\n`))
      }
    }
  })

  it('writes a kb.json that the kb-export schema accepts, with one entry per published entry', () => {
    const kb = kbExportSchema.parse(JSON.parse(read('kb.json')))
    const slugs = (list: { slug: string }[]) => list.map((entry) => entry.slug).sort()
    expect(kb.site).toBe(`${siteUrl}/`)
    expect(kb.counts).toEqual({
      sources: library.sources.length,
      situations: library.situations.length,
      strategies: library.strategies.length,
      scripts: library.scripts.length,
      sops: library.sops.length,
    })
    for (const part of ['sources', 'situations', 'strategies', 'scripts', 'sops'] as const) {
      expect(slugs(kb[part])).toEqual(slugs(library[part]))
    }
    expect(kb.scripts.find((s) => s.slug === 'two-ways-forward')).toMatchObject({
      url: `${siteUrl}/scripts/two-ways-forward/`,
      markdown: `${siteUrl}/scripts/two-ways-forward.md`,
    })
  })

  it('lists in llms.txt a Markdown twin that exists for every entry page', () => {
    const text = read('llms.txt')
    expect(text).toMatch(/^# Contact-center knowledge base\n\n> \S/)
    for (const heading of ['Situations', 'SOPs', 'Strategies', 'Empathy scripts', 'Optional']) expect(text).toContain(`\n## ${heading}\n`)
    const links = [...text.matchAll(/^- \[[^\]]+\]\(([^)]+)\)/gm)].map((match) => match[1]!)
    const twins = links.filter((url) => url.endsWith('.md'))
    const pages = PAGE_PARTS.reduce((sum, { part }) => sum + library[part].length, 0)
    expect(twins).toHaveLength(pages)
    for (const url of links) {
      expect(url.startsWith(`${siteUrl}/`), url).toBe(true)
      const path = new URL(url).pathname
      const file = path.endsWith('/') ? `${path}index.html` : path
      expect(existsSync(join(build.dist, file)), `${url} → ${file}`).toBe(true)
    }
  })

  it('shows a self-talk line under "For you, after the contact" with no copy button, and a joke with its light-humour note', () => {
    const selfTalk = read('scripts/after-the-call/index.html')
    expect(selfTalk).toContain('<h2>For you, after the contact</h2>')
    expect(selfTalk).toMatch(/<blockquote class="self-talk"/)
    expect(selfTalk).not.toMatch(/<blockquote class="say"|data-copy-line/)
    const joke = read('scripts/hold-music-smile/index.html')
    expect(joke).toMatch(/role="note"[^>]*>Light humour: only when the customer is relaxed/)
    expect(joke).toMatch(/<blockquote class="say"/)
    const list = read('scripts/index.html')
    expect(list).toMatch(/data-audience="self"[^>]*data-stage="reflect"/)
    expect(list).toContain('>For you, after the contact</p>')
    expect(list).toContain('>Light humour: only when the customer is relaxed</p>')
    expect(read('scripts/after-the-call.md')).toContain('\n## For you, after the contact\n')
  })

  it('writes the same kb.json, llms.txt and twins, byte for byte, when the same content is built again', async () => {
    const again = await buildSite({ ...build.env, SITE_URL: siteUrl })
    expect(again.status, again.output).toBe(0)
    const machineReadable = (dist: string) => filesIn(dist).filter((file) => /(^kb\.json|^llms\.txt|\.md)$/.test(file))
    const files = machineReadable(build.dist)
    expect(machineReadable(again.dist)).toEqual(files)
    for (const file of files) expect(readFileSync(join(again.dist, file), 'utf8'), file).toBe(read(file))
  })
})
