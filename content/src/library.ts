import type { Script } from './schema/script.ts'
import type { Situation } from './schema/situation.ts'
import type { Sop } from './schema/sop.ts'
import type { Source } from './schema/source.ts'
import type { Strategy } from './schema/strategy.ts'
import { scriptSchema } from './schema/script.ts'
import { situationSchema } from './schema/situation.ts'
import { sopSchema } from './schema/sop.ts'
import { sourceSchema } from './schema/source.ts'
import { strategySchema } from './schema/strategy.ts'
import { z } from 'zod'

/** The whole knowledge library in its portable form: entries refer to each other by slug. */
export interface Library {
  sources: Source[]
  situations: Situation[]
  strategies: Strategy[]
  scripts: Script[]
  sops: Sop[]
}

/**
 * The whole library as one JSON value (the CMS's `GET /api/library/published` answers with it):
 * every entry checked with its part's schema. Cross-references are not checked here; the library
 * a CMS publishes only links to published entries.
 */
export const librarySchema = z.object({
  sources: z.array(sourceSchema),
  situations: z.array(situationSchema),
  strategies: z.array(strategySchema),
  scripts: z.array(scriptSchema),
  sops: z.array(sopSchema),
})

/** Each part of the library with its schema and its folder under `content/library/`. */
export const LIBRARY_PARTS = [
  { part: 'sources', folder: 'sources', schema: sourceSchema },
  { part: 'situations', folder: 'situations', schema: situationSchema },
  { part: 'strategies', folder: 'strategies', schema: strategySchema },
  { part: 'scripts', folder: 'scripts', schema: scriptSchema },
  { part: 'sops', folder: 'sops', schema: sopSchema },
] as const

export type LibraryPart = (typeof LIBRARY_PARTS)[number]['part']

export function emptyLibrary(): Library {
  return { sources: [], situations: [], strategies: [], scripts: [], sops: [] }
}
