import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import type { AgentVocabulary } from '../schema/agent-vocabulary.ts'
import { AGENT_VOCABULARY_FILE, readAgentVocabulary } from './read-agent-vocabulary.ts'

const HEADER = `# Agent vocabulary: the words agents and customers use that the library's own text may not.
# Editors manage it in the CMS (Agent vocabulary); \`pnpm content:export\` writes it here and
# \`pnpm content:import\` reads it back. Search applies it to queries (site/src/lib/search-plan.ts);
# schema in content/src/schema/agent-vocabulary.ts. A query holding any term of a synonym group also
# searches for the others. Keep groups narrow: every term stands in for every other.
`

/** A term as YAML reads it back unchanged: plain when that parses to the same string, else double-quoted. */
function scalar(term: string, inFlow: boolean): string {
  try {
    const read: unknown = parse(inFlow ? `[${term}]` : term)
    if ((inFlow ? (read as unknown[])[0] : read) === term && !(inFlow && (read as unknown[]).length !== 1)) return term
  } catch {}
  return JSON.stringify(term)
}

/**
 * The canonical text of the vocabulary file: a fixed header, one synonym group a line in
 * `[a, b, c]` form, each intent list one phrase a line. `content:export` writes exactly this, so
 * file → CMS → file is byte-identical.
 */
export function formatAgentVocabulary(vocabulary: AgentVocabulary): string {
  const groups = vocabulary.synonyms.map((group) => `  - [${group.map((term) => scalar(term, true)).join(', ')}]\n`)
  const list = (name: string, phrases: string[]) =>
    phrases.length === 0 ? `  ${name}: []\n` : `  ${name}:\n${phrases.map((phrase) => `    - ${scalar(phrase, false)}\n`).join('')}`
  const { say, self, humour } = vocabulary.intents
  return `${HEADER}\nsynonyms:${groups.length === 0 ? ' []\n' : `\n${groups.join('')}`}\nintents:\n${list('say', say)}${list('self', self)}${list('humour', humour)}`
}

/** Writes the vocabulary file (`content/agent-vocabulary.yaml` under `repoRoot` unless `file` says otherwise). */
export function writeAgentVocabulary(repoRoot: string, vocabulary: AgentVocabulary, file: string = AGENT_VOCABULARY_FILE): void {
  writeFileSync(resolve(repoRoot, file), formatAgentVocabulary(vocabulary))
}

/**
 * What `content:check` says about the vocabulary file: each problem that makes it invalid, or that
 * it is valid but not in the layout export writes (so import → export would not be byte-identical).
 * Empty when all is well.
 */
export function checkAgentVocabularyFile(repoRoot: string, file: string = AGENT_VOCABULARY_FILE): string[] {
  let vocabulary: AgentVocabulary
  try {
    vocabulary = readAgentVocabulary(repoRoot, file)
  } catch (error) {
    return [(error as Error).message]
  }
  const path = resolve(repoRoot, file)
  if (existsSync(path) && readFileSync(path, 'utf8') !== formatAgentVocabulary(vocabulary)) {
    return [`${file} is valid but not in the canonical layout that export writes; run \`pnpm content:format\``]
  }
  return []
}
