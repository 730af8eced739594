/**
 * `pnpm content:import [folder] [--vocabulary <file>]`: checks the whole library, then upserts it
 * into the CMS (SQLite by default, or DATABASE_URL) in one transaction, and prints what changed.
 * The agent vocabulary is checked and published with it: `--vocabulary`'s file, or without a
 * folder content/agent-vocabulary.yaml (a folder alone imports that library only).
 */
import { parseArgs } from 'node:util'
import { AGENT_VOCABULARY_FILE, checkLibrary, formatProblem, readAgentVocabulary, REPO_ROOT } from '@kb/content/files'
import { importLibrary } from '@kb/cms/library'
import { openCms, runScript } from './open-cms.ts'

await runScript('content:import', async () => {
  const { positionals, values } = parseArgs({ options: { vocabulary: { type: 'string' } }, allowPositionals: true })
  const folder = positionals[0]
  const vocabularyFile = values.vocabulary ?? (folder ? undefined : AGENT_VOCABULARY_FILE)
  const { library, problems } = checkLibrary(folder)
  const messages = problems.map(formatProblem)
  let vocabulary
  try {
    vocabulary = vocabularyFile ? readAgentVocabulary(REPO_ROOT, vocabularyFile) : undefined
  } catch (error) {
    messages.push((error as Error).message)
  }
  if (messages.length > 0) {
    for (const message of messages) console.error(message)
    throw new Error(`${messages.length} problem(s) in the library; nothing was imported.`)
  }
  const payload = await openCms()
  const report = await importLibrary(payload, library, { vocabulary, ...(vocabularyFile ? { vocabularySource: vocabularyFile } : {}) })
  for (const [part, counts] of Object.entries(report)) {
    if (part === 'total' || typeof counts !== 'object') continue
    console.log(`${part.padEnd(11)} ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`)
  }
  if (report.vocabulary) console.log(`vocabulary  ${report.vocabulary}`)
  const { created, updated, unchanged } = report.total
  console.log(`content:import: ${created} created, ${updated} updated, ${unchanged} unchanged.`)
})
