import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { agentVocabularySchema, emptyAgentVocabulary, type AgentVocabulary } from '../schema/agent-vocabulary.ts'

/** The agent vocabulary file that ships with the project, relative to the repository root. */
export const AGENT_VOCABULARY_FILE = 'content/agent-vocabulary.yaml'

/**
 * Reads and validates the agent vocabulary (synonyms and intents for search); `file` is relative to
 * `repoRoot` or absolute. A missing file is an empty vocabulary; an invalid one throws, naming the file and each field that is wrong.
 */
export function readAgentVocabulary(repoRoot: string, file: string = AGENT_VOCABULARY_FILE): AgentVocabulary {
  const path = resolve(repoRoot, file)
  if (!existsSync(path)) return emptyAgentVocabulary()
  const parsed = agentVocabularySchema.safeParse(parse(readFileSync(path, 'utf8')))
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(file)'}: ${issue.message}`)
  throw new Error(`${file} is not a valid agent vocabulary:\n${problems.join('\n')}`)
}
