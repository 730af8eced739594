import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Library } from '@kb/content'
import { AGENT_VOCABULARY_FILE, checkLibrary, formatAgentVocabulary, LIBRARY_DIR, readAgentVocabulary, REPO_ROOT, writeLibrary } from '@kb/content/files'
import { exportAgentVocabulary, exportLibrary, importLibrary } from '@kb/cms/library'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'

let cms: BootedCms
let library: Library
const temporary: string[] = []

beforeAll(async () => {
  cms = await bootCms()
  const checked = checkLibrary()
  expect(checked.problems).toEqual([])
  library = checked.library
})
afterAll(async () => {
  await cms?.close()
  temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true }))
})

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-lib-'))
  temporary.push(dir)
  return dir
}
/** Every file under a folder, relative path → text. */
const filesUnder = (dir: string): Map<string, string> =>
  new Map(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(dir, file), readFileSync(file, 'utf8')]),
  )
const exportTo = async () => {
  const dir = tempDir()
  writeLibrary(dir, await exportLibrary(cms.payload))
  return dir
}
const countAll = async () => {
  const counts: Record<string, number> = {}
  for (const collection of ['sources', 'situations', 'strategies', 'empathy-scripts', 'sops'] as const) {
    counts[collection] = (await cms.payload.count({ collection })).totalDocs
  }
  return counts
}

// Importing the whole library (436 entries) takes about a minute on PostgreSQL on two busy cores.
describe('importing and exporting the library', { timeout: 240_000 }, () => {
  it('imports every entry into an empty database and says so', async () => {
    const report = await importLibrary(cms.payload, library)
    const files = Object.values(library).reduce((sum, list) => sum + list.length, 0)
    expect(report.total).toEqual({ created: files, updated: 0, unchanged: 0 })
    expect(await countAll()).toEqual({
      sources: library.sources.length,
      situations: library.situations.length,
      strategies: library.strategies.length,
      'empathy-scripts': library.scripts.length,
      sops: library.sops.length,
    })
  })

  it('changes nothing when the same library is imported again', async () => {
    const report = await importLibrary(cms.payload, library)
    expect(report.total).toMatchObject({ created: 0, updated: 0 })
  })

  it('exports exactly the files it imported, byte for byte', async () => {
    expect(filesUnder(await exportTo())).toEqual(filesUnder(LIBRARY_DIR))
  })

  it('shows an edit made in the CMS as a one-line change to one file', async () => {
    const script = library.scripts[0]!
    const { docs } = await cms.payload.find({ collection: 'empathy-scripts', where: { slug: { equals: script.slug } } })
    await cms.payload.update({ collection: 'empathy-scripts', id: docs[0]!.id, data: { line: 'A line edited in the CMS.', _status: 'published' } })
    const exported = filesUnder(await exportTo())
    const original = filesUnder(LIBRARY_DIR)
    const changed = [...original.keys()].filter((file) => exported.get(file) !== original.get(file))
    expect(changed).toEqual([`scripts/${script.slug}.yaml`])
    const before = original.get(changed[0]!)!.split('\n')
    const after = exported.get(changed[0]!)!.split('\n')
    expect(after.filter((line, i) => line !== before[i])).toEqual(['line: A line edited in the CMS.'])
    // Put it back for the tests that follow.
    expect((await importLibrary(cms.payload, library)).total).toMatchObject({ created: 0, updated: 1 })
  })

  it('leaves an editor\'s pending draft alone when the published entry already matches its file', async () => {
    const script = library.scripts[2]!
    const { docs } = await cms.payload.find({ collection: 'empathy-scripts', where: { slug: { equals: script.slug } } })
    await cms.payload.update({ collection: 'empathy-scripts', id: docs[0]!.id, draft: true, data: { line: 'Work in progress by an editor.' } })
    expect((await importLibrary(cms.payload, library)).total).toMatchObject({ created: 0, updated: 0 })
    const latest = await cms.payload.findByID({ collection: 'empathy-scripts', id: docs[0]!.id, draft: true })
    expect(latest.line).toBe('Work in progress by an editor.')
  })

  it('leaves drafts out of the export', async () => {
    const situation = library.situations[0]!
    const { docs } = await cms.payload.find({ collection: 'situations', where: { slug: { equals: situation.slug } } })
    await cms.payload.create({
      collection: 'empathy-scripts',
      draft: true,
      data: {
        title: 'Unpublished idea', slug: 'unpublished-idea', line: 'Not ready yet.', situations: [docs[0]!.id], stage: 'listen',
        channels: ['chat'], tone: 'calm', why: 'Still a draft.', review: { owner: 'Quality team', lastReviewed: '2026-11-01', reviewIntervalDays: 180 },
        _status: 'draft',
      },
    })
    expect([...filesUnder(await exportTo()).keys()]).not.toContain('scripts/unpublished-idea.yaml')
  })

  it('writes nothing when one entry is refused halfway through', async () => {
    const before = await countAll()
    const edited = { ...library.scripts[0]!, line: 'This edit must not survive.' }
    const broken = { ...library.scripts[1]!, slug: 'broken-entry', stage: 'shout' as never }
    const attempt = { ...library, scripts: [edited, ...library.scripts.slice(1), broken] }
    await expect(importLibrary(cms.payload, attempt)).rejects.toThrow(/scripts\/broken-entry\.yaml could not be imported: field "stage"/)
    expect(await countAll()).toEqual(before)
    const { docs } = await cms.payload.find({ collection: 'empathy-scripts', where: { slug: { equals: edited.slug } } })
    expect(docs[0]!.line).toBe(library.scripts[0]!.line)
  })

  it('refuses from the command line a folder with a bad file among good ones, writing nothing', async () => {
    const dir = tempDir()
    cpSync(join(REPO_ROOT, 'test/fixtures/library'), dir, { recursive: true })
    const bad = join(dir, 'scripts/two-ways-forward.yaml')
    writeFileSync(bad, readFileSync(bad, 'utf8').replace('tone: calm', 'tone: smug'))
    const before = await countAll()
    const run = spawnSync('pnpm', ['-s', 'content:import', dir], { cwd: REPO_ROOT, encoding: 'utf8', env: process.env })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/two-ways-forward\.yaml:\d+ field "tone"/)
    expect(run.stderr).toMatch(/nothing was imported/)
    expect(await countAll()).toEqual(before)
  })
})

describe('importing and exporting the agent vocabulary', () => {
  const file = () => readFileSync(join(REPO_ROOT, AGENT_VOCABULARY_FILE), 'utf8')
  const exported = async () => formatAgentVocabulary((await exportAgentVocabulary(cms.payload))!)

  it('publishes the vocabulary file with the library, and says so', async () => {
    const report = await importLibrary(cms.payload, library, { vocabulary: readAgentVocabulary(REPO_ROOT) })
    expect(report.vocabulary).toBe('created')
    expect(report.total).toMatchObject({ created: 0, updated: 0 })
  })

  it('changes nothing when the same vocabulary is imported again', async () => {
    expect((await importLibrary(cms.payload, library, { vocabulary: readAgentVocabulary(REPO_ROOT) })).vocabulary).toBe('unchanged')
  })

  it('exports exactly the file it imported, byte for byte', async () => {
    expect(await exported()).toBe(file())
  })

  it('shows a term an editor added in the CMS as a one-line change to the file', async () => {
    const doc = await cms.payload.findGlobal({ slug: 'agent-vocabulary', depth: 0 })
    const synonyms = (doc.synonyms ?? []).map((row, index) => (index === 0 ? { ...row, terms: [...row.terms, 'rude customer'] } : row))
    await cms.payload.updateGlobal({ slug: 'agent-vocabulary', data: { synonyms, _status: 'published' } })
    const before = file().split('\n')
    const after = (await exported()).split('\n')
    expect(after).toHaveLength(before.length)
    const changed = after.filter((line, i) => line !== before[i])
    expect(changed).toEqual([expect.stringMatching(/^  - \[insult, .*, rude customer\]$/)])
    // Put it back for the tests that follow.
    expect((await importLibrary(cms.payload, library, { vocabulary: readAgentVocabulary(REPO_ROOT) })).vocabulary).toBe('updated')
  })

  it('leaves an editor\'s draft of the vocabulary out of the export', async () => {
    await cms.payload.updateGlobal({ slug: 'agent-vocabulary', draft: true, data: { synonyms: [{ terms: ['draft only', 'not yet'] }], _status: 'draft' } })
    expect(await exported()).toBe(file())
  })

  it('writes nothing when the vocabulary is refused, library included', async () => {
    const before = await countAll()
    const broken = { ...readAgentVocabulary(REPO_ROOT), synonyms: [['refund', 'money back'], ['repay', 'refund']] }
    const extra = { ...library.scripts[0]!, slug: 'only-with-the-vocabulary' }
    await expect(importLibrary(cms.payload, { ...library, scripts: [...library.scripts, extra] }, { vocabulary: broken, vocabularySource: 'team-words.yaml' })).rejects.toThrow(
      /^team-words\.yaml could not be imported: field "synonyms\.1\.terms": term 2: "refund" is already in the group/,
    )
    expect(await countAll()).toEqual(before)
    expect(await exported()).toBe(file())
  })
})
