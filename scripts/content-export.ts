/**
 * `pnpm content:export [folder]`: writes the CMS's published content back to `content/library/`
 * and, without a folder, its published agent vocabulary to content/agent-vocabulary.yaml.
 */
import { AGENT_VOCABULARY_FILE, LIBRARY_DIR, REPO_ROOT, writeAgentVocabulary, writeLibrary } from '@kb/content/files'
import { exportAgentVocabulary, exportLibrary } from '@kb/cms/library'
import { openCms, runScript } from './open-cms.ts'

await runScript('content:export', async () => {
  const folder = process.argv[2]
  const payload = await openCms()
  const written = writeLibrary(folder ?? LIBRARY_DIR, await exportLibrary(payload))
  console.log(`content:export: wrote ${written} entries to ${folder ?? LIBRARY_DIR}.`)
  if (folder) return
  const vocabulary = await exportAgentVocabulary(payload)
  if (!vocabulary) console.log(`content:export: the CMS has no published agent vocabulary; ${AGENT_VOCABULARY_FILE} left as it is.`)
  else {
    writeAgentVocabulary(REPO_ROOT, vocabulary)
    console.log(`content:export: wrote ${vocabulary.synonyms.length} synonym groups to ${AGENT_VOCABULARY_FILE}.`)
  }
})
