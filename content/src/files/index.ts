/** Reading, checking and writing the library as YAML files (Node only). */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkReferences } from './check-references.ts'
import { checkSpelling } from './check-spelling.ts'
import { checkTone } from './check-tone.ts'
import { readLibrary, type ReadResult } from './read-library.ts'

export { checkReferences } from './check-references.ts'
export { checkTone, LIGHTHEARTED_STAGES } from './check-tone.ts'
export { BRITISH_TO_AMERICAN, britishSpellingsIn, checkSpelling, SPELLING_LOCALE } from './check-spelling.ts'
export { formatProblem, type Problem } from './problem.ts'
export { readLibrary, type LocatedEntry, type ReadResult } from './read-library.ts'
export { writeLibrary } from './write-library.ts'
export { copiedRunIn, formatSeedHashes, hashShingle, readSeedArticles, readSeedHashes, SEED_HASHES_FILE, seedHashesOf, seedsDir, shinglesOf, SHINGLE_WORDS, wordsOf } from './seed-overlap.ts'
export { AGENT_VOCABULARY_FILE, readAgentVocabulary } from './read-agent-vocabulary.ts'
export { checkAgentVocabularyFile, formatAgentVocabulary, writeAgentVocabulary } from './write-agent-vocabulary.ts'

/** The repository root and the library folder that ships with the project. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..')
export const LIBRARY_DIR = join(REPO_ROOT, 'content/library')

/** Reads a library folder and checks its references, spelling and tone rules: the whole of `content:check`. */
export function checkLibrary(libraryDir: string = LIBRARY_DIR): ReadResult {
  const result = readLibrary(libraryDir, REPO_ROOT)
  const problems = [
    ...result.problems,
    ...checkReferences(result.library, result.entries, result.unreadable),
    ...checkSpelling(result.library, result.entries),
    ...checkTone(result.library, result.entries),
  ]
  return { ...result, problems }
}
