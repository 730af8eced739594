import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, type Dirent } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Library } from '@kb/content'
import type { Payload } from 'payload'
import { checkLibrary, readAgentVocabulary, REPO_ROOT } from '@kb/content/files'
import { createTestDatabase } from './test-database.ts'
import { forgetCachedPayload } from './payload-cache.ts'
import { astroBuildCommand } from '@kb/cms/publishing'

/** The small library the build tests publish: one situation, source and SOP, two strategies, four scripts. */
export const FIXTURE_LIBRARY_DIR = join(REPO_ROOT, 'test/fixtures/library')
export const SITE_DIR = join(REPO_ROOT, 'site')

/** The `SITE_URL` of the shared fixture build (fixture-site-setup.ts): absolute URLs in kb.json and llms.txt. */
export const FIXTURE_SITE_URL = 'https://kb.example.test'

/** Build folders made so far in this process; `removeBuilds` (and the fixture's `dispose`) removes them. */
const outDirs: string[] = []

/** Removes every folder `buildSite` has built into in this process so far. */
export function removeBuilds(): void {
  for (const dir of outDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** What the drafts planted in the fixture CMS say, for the tests to look for (or not find). */
export const PLANTED = {
  /** A script saved only as a draft: none of it may reach the site. */
  draftScript: { slug: 'zebra-draft-marker', title: 'Zebra draft marker', word: 'zebra' },
  /** A synonym group only in an unpublished draft of the agent vocabulary: search must not get it. */
  draftVocabulary: { terms: ['wallaby words', 'marsupial matters'], word: 'wallaby' },
  /** A published strategy whose newer, unpublished edit must not reach the site… */
  editedStrategy: { slug: 'say-sorry', draftSummary: 'Quokka words from an edit nobody published.', draftWord: 'quokka' },
} as const

export interface FixtureCms {
  /** The fixture library as imported (and published). */
  library: Library
  /**
   * Points an `astro build` at the CMS's published-library endpoint, served for the fixture
   * database by the real endpoint code (`CMS_URL`, `CMS_API_KEY`), and a CMS at the database.
   */
  env: Record<string, string>
  /** The published library as the endpoint answers it (drafts left out). */
  published: Library
  /** Stops the endpoint, drops the database and removes every folder made for it, builds included. */
  dispose: () => Promise<void>
}

/**
 * A throwaway CMS database holding the fixture library and the shipped agent vocabulary, published, plus two drafts that must
 * never be built: a draft-only script and an unpublished edit of a published strategy. Payload
 * stays open, serving the published library on a loopback port the way the site worker serves
 * it to its builds (`serveLibraryForBuild`), until `dispose`.
 */
export async function prepareFixtureCms(): Promise<FixtureCms> {
  const checked = checkLibrary(FIXTURE_LIBRARY_DIR)
  if (checked.problems.length > 0) throw new Error(`the fixture library is not valid: ${JSON.stringify(checked.problems)}`)
  const database = await createTestDatabase()
  const dataDir = mkdtempSync(join(tmpdir(), 'kb-site-data-'))
  const dbEnv = { DATABASE_URL: database.url, KB_DATA_DIR: dataDir, PAYLOAD_SECRET: 'test-secret-not-for-production' }
  // The CMS config reads the environment when it is first imported: set it, then import.
  Object.assign(process.env, dbEnv, { KB_LOG_LEVEL: 'error' })
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('@kb/cms/config')
  const { importLibrary } = await import('@kb/cms/library')
  const { serveLibraryForBuild } = await import('@kb/cms/publishing')
  forgetCachedPayload()
  const payload = await getPayload({ config: await configPromise })
  const close = async () => {
    await payload.destroy()
    ;(payload.db as unknown as { client?: { close?: () => void } }).client?.close?.()
    forgetCachedPayload()
  }
  try {
    await importLibrary(payload, checked.library, { vocabulary: readAgentVocabulary(REPO_ROOT) })
    await plantDrafts(payload)
    const server = await serveLibraryForBuild(payload)
    const answer = await fetch(`${server.url}/api/library/published`, { headers: { authorization: `users API-Key ${server.apiKey}` } })
    if (!answer.ok) throw new Error(`the fixture's published-library endpoint answered ${answer.status}: ${await answer.text()}`)
    const published = (await answer.json()) as Library
    return {
      library: checked.library,
      // The feedback forms post where pnpm start's CMS listens, as before the build read over HTTP.
      env: { ...dbEnv, CMS_URL: server.url, CMS_API_KEY: server.apiKey, CMS_PUBLIC_URL: 'http://localhost:3000' },
      published,
      dispose: async () => {
        await server.close()
        await close()
        await database.drop()
        rmSync(dataDir, { recursive: true, force: true })
        removeBuilds()
      },
    }
  } catch (error) {
    await close()
    throw error
  }
}

async function plantDrafts(payload: Payload): Promise<void> {
  const idOf = async (collection: 'situations' | 'strategies', slug: string) => {
    const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, depth: 0 })
    if (!docs[0]) throw new Error(`the fixture library has no ${collection} "${slug}"`)
    return docs[0].id
  }
  const { draftScript, editedStrategy, draftVocabulary } = PLANTED
  const vocabulary = await payload.findGlobal({ slug: 'agent-vocabulary', depth: 0 })
  await payload.updateGlobal({ slug: 'agent-vocabulary', draft: true, data: { synonyms: [...(vocabulary.synonyms ?? []), { terms: [...draftVocabulary.terms] }], _status: 'draft' } })
  await payload.create({
    collection: 'empathy-scripts',
    draft: true,
    data: {
      title: draftScript.title,
      slug: draftScript.slug,
      line: 'Zebra crossings aside, this line is still a draft.',
      insteadOf: 'A zebra never changes its stripes.',
      situations: [await idOf('situations', 'late-parcel')],
      stage: 'listen',
      channels: ['chat'],
      tone: 'calm',
      why: 'Zebra words must stay in the CMS until someone publishes them.',
      review: { owner: 'Quality team', lastReviewed: '2026-12-24', reviewIntervalDays: 180 },
      _status: 'draft',
    },
  })
  const strategyId = await idOf('strategies', editedStrategy.slug)
  await payload.update({ collection: 'strategies', id: strategyId, draft: true, data: { summary: editedStrategy.draftSummary } })
  const draft = await payload.findByID({ collection: 'strategies', id: strategyId, draft: true, depth: 0 })
  if (draft.summary !== editedStrategy.draftSummary) throw new Error('the draft edit of the strategy was not saved as a draft')
}

export interface SiteBuild {
  /** The exit code of `astro build` (null when it was killed). */
  status: number | null
  /** Everything it printed, stdout and stderr interleaved. */
  output: string
  /** The folder it built into. */
  dist: string
}

/**
 * Runs `astro build --outDir <new temporary folder>` for `site/` (`astroBuildCommand`) as a child process with
 * the given environment on top of this one (minus what would change the build: the test
 * runner's NODE_ENV and any CMS_URL not asked for). Resolves when it exits, whatever the outcome.
 */
export function buildSite(env: Record<string, string>, { timeoutMs = 300_000 } = {}): Promise<SiteBuild> {
  const dist = mkdtempSync(join(tmpdir(), 'kb-site-dist-'))
  outDirs.push(dist)
  const childEnv = { ...process.env }
  for (const key of Object.keys(childEnv)) if (/^(NODE_ENV|VITEST.*|CMS_URL|CMS_API_KEY|CMS_PUBLIC_URL|SITE_URL)$/.test(key)) delete childEnv[key]
  Object.assign(childEnv, { KB_LOG_LEVEL: 'error' }, env)
  return new Promise((resolve, reject) => {
    const astro = astroBuildCommand(dist)
    const child: ChildProcess = spawn(astro.command, astro.args, {
      cwd: astro.cwd,
      env: childEnv,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => {
      output += `\n[site-build] astro build took longer than ${timeoutMs} ms and was stopped\n`
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {}
    }, timeoutMs)
    child.on('error', (error: Error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (status: number | null) => {
      clearTimeout(timer)
      astro.cleanUp()
      resolve({ status, output, dist })
    })
  })
}

/** Every file under a folder, as paths relative to it (forward slashes). */
export function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return []
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
}

/**
 * The text of a built file, decompressed when it is gzip (Pagefind's index fragments are), so a
 * search for words covers the search index too.
 */
export function readBuilt(dist: string, file: string): string {
  const bytes = readFileSync(join(dist, file))
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8')
    } catch {}
  }
  return bytes.toString('utf8')
}

/** The files of a build that contain a word, ignoring case. */
export function filesContaining(dist: string, word: string): string[] {
  const needle = word.toLowerCase()
  return filesIn(dist).filter((file) => readBuilt(dist, file).toLowerCase().includes(needle))
}
