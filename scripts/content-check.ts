/**
 * `pnpm content:check`: validates every library file and reference, and (for the library that
 * ships with the project) the agent vocabulary search uses, its layout included; exit 1 on any problem.
 */
import { AGENT_VOCABULARY_FILE, checkAgentVocabularyFile, checkLibrary, formatProblem, readAgentVocabulary, REPO_ROOT } from '@kb/content/files'

const { library, problems } = checkLibrary(process.argv[2])
const messages = problems.map(formatProblem)
if (!process.argv[2]) messages.push(...checkAgentVocabularyFile(REPO_ROOT))
if (messages.length > 0) {
  for (const message of messages) console.error(message)
  console.error(`\ncontent:check found ${messages.length} problem(s).`)
  process.exit(1)
}
const counts = Object.entries(library).map(([part, list]) => `${list.length} ${part}`).join(', ')
const vocabulary = process.argv[2] ? '' : `; ${AGENT_VOCABULARY_FILE} is valid (${readAgentVocabulary(REPO_ROOT).synonyms.length} synonym groups)`
console.log(`content:check: library is valid (${counts})${vocabulary}.`)
