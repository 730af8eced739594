/**
 * `pnpm content:format [folder]`: rewrites every valid library file in the canonical layout export
 * uses; without a folder, content/agent-vocabulary.yaml too (when valid).
 */
import { AGENT_VOCABULARY_FILE, LIBRARY_DIR, REPO_ROOT, readAgentVocabulary, readLibrary, writeAgentVocabulary, writeLibrary } from '@kb/content/files'

const dir = process.argv[2] ?? LIBRARY_DIR
const { library, problems } = readLibrary(dir, REPO_ROOT)
const blocking = problems.filter((problem) => problem.kind !== 'layout')
if (blocking.length > 0) {
  console.error(`content:format: fix the ${blocking.length} problem(s) that content:check reports first; nothing was rewritten.`)
  process.exit(1)
}
console.log(`content:format: wrote ${writeLibrary(dir, library)} entries in ${dir}.`)
if (!process.argv[2]) {
  try {
    writeAgentVocabulary(REPO_ROOT, readAgentVocabulary(REPO_ROOT))
    console.log(`content:format: wrote ${AGENT_VOCABULARY_FILE}.`)
  } catch (error) {
    console.error(`content:format: ${(error as Error).message}\n${AGENT_VOCABULARY_FILE} was not rewritten.`)
    process.exit(1)
  }
}
