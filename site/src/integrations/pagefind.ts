import type { AstroIntegration } from 'astro'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as pagefind from 'pagefind'
import { agentVocabularySchema, type AgentVocabulary } from '@kb/content'
import { writeSearchVocabulary } from './search-vocabulary.ts'

/**
 * Indexes the built site with Pagefind's Node API once Astro has written every page, and writes
 * the bundle (index, `pagefind.js`, UI files) to `<outDir>/pagefind/`. Only pages that carry
 * `data-pagefind-body` (the entry layout) are indexed. Beside the index it writes the search
 * vocabulary (integrations/search-vocabulary.ts) from the index itself and the agent vocabulary
 * published in the CMS, which the build read with the content (loaders/vocabulary-loader.ts) and
 * wrote to `/agent-vocabulary.json` for this step; the file is removed once read.
 * Any error Pagefind reports fails the build, and so does an invalid agent vocabulary.
 */
export function pagefindIntegration(): AstroIntegration {
  let cacheDir: string | undefined
  return {
    name: 'kb:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
      },
      'astro:build:done': async ({ dir, logger }) => {
        const log = logger.fork('kb:pagefind')
        log.info(await indexBuiltSite(fileURLToPath(dir), cacheDir))
      },
    },
  }
}

/**
 * Indexes a built site folder into `<dir>/pagefind/` with the search vocabulary beside it (made
 * from the index and `agent`; `cacheDir` keeps what can be reused between builds), and says what
 * it did. Also used by tests that index small sites.
 */
export async function indexSite(dir: string, agent: AgentVocabulary, cacheDir?: string): Promise<string> {
  const started = performance.now()
  const outputPath = join(dir, 'pagefind/')
  try {
    const { index } = checked('creating the index', await pagefind.createIndex())
    if (!index) throw new Error('Pagefind did not return an index (no errors were reported).')
    const { page_count } = checked('indexing the build output', await index.addDirectory({ path: dir }))
    checked(`writing the bundle to ${outputPath}`, await index.writeFiles({ outputPath }))
    const indexed = await indexedPages(outputPath)
    if (indexed === 0) {
      throw new Error(`Pagefind indexed none of the ${page_count} HTML pages in ${dir}: expected entry pages marked with data-pagefind-body.`)
    }
    const vocabulary = await writeSearchVocabulary(outputPath, agent, cacheDir)
    return (
      `Indexed ${indexed} of ${page_count} HTML pages into ${outputPath} in ${Math.round(performance.now() - started)} ms; ` +
      `search vocabulary ${vocabulary.words} words, ${Math.round(vocabulary.bytes / 1000)} KB.`
    )
  } finally {
    await pagefind.close()
  }
}

/**
 * Indexes a site folder Astro has just written (a build, or a content-only republish): the agent
 * vocabulary comes from the file the build wrote for this step, which is then removed.
 */
export async function indexBuiltSite(dir: string, cacheDir?: string): Promise<string> {
  return indexSite(dir, await takeBuiltVocabulary(dir), cacheDir)
}

/** The file the build wrote the published agent vocabulary to (pages/agent-vocabulary.json.ts). */
const BUILT_VOCABULARY = 'agent-vocabulary.json'

/** Reads and checks the vocabulary the build wrote, then removes the file: the site serves it in `kb-vocabulary.json`. */
async function takeBuiltVocabulary(dir: string): Promise<AgentVocabulary> {
  const file = join(dir, BUILT_VOCABULARY)
  const parsed = agentVocabularySchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
  await rm(file, { force: true })
  if (parsed.success) return parsed.data
  throw new Error(`the agent vocabulary of this build is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
}

/** Pages in the written index (those with `data-pagefind-body`), from the bundle's entry file. */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(`${outputPath}pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
}

/** Returns the response when Pagefind reported no errors; otherwise throws one error listing them all. */
function checked<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n${response.errors.map((error) => `  - ${error}`).join('\n')}`)
  }
  return response
}
