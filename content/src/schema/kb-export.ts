import { z } from 'zod'
import { isoDateSchema } from './common.ts'
import { scriptSchema } from './script.ts'
import { situationSchema } from './situation.ts'
import { sopSchema } from './sop.ts'
import { sourceSchema } from './source.ts'
import { strategySchema } from './strategy.ts'

/** The version of the `/kb.json` shape; raised on any change a reader could trip over (2: `verification`; 3: `updated`). */
export const KB_EXPORT_VERSION = 3

/** Where an entry lives on the site: its page and its Markdown twin, both absolute URLs. */
const onTheSite = {
  /** The entry's page, e.g. `https://kb.example.com/scripts/own-the-delay/`. */
  url: z.url(),
  /** The page's Markdown twin, e.g. `https://kb.example.com/scripts/own-the-delay.md`. */
  markdown: z.url().regex(/\.md$/, 'expected the URL of a Markdown twin, ending in .md'),
  /**
   * Where the entry stands with its review as of the build (`reviewState`): verified on
   * `review.lastReviewed` by `review.owner`, due again on `dueOn`, and `due` once that day came.
   * Absent for entries without a review (some situations).
   */
  verification: z
    .strictObject({ verifiedOn: isoDateSchema, verifiedBy: z.string(), dueOn: isoDateSchema, due: z.boolean() })
    .optional(),
  /**
   * When the entry's published version last changed in the CMS (ISO timestamp, `publishedTimesSchema`).
   * Absent when the CMS the site was built from did not say.
   */
  updated: z.iso.datetime({ offset: true }).optional(),
}

export const exportedSituationSchema = situationSchema.extend(onTheSite)
export const exportedStrategySchema = strategySchema.extend(onTheSite)
export const exportedScriptSchema = scriptSchema.extend(onTheSite)
export const exportedSopSchema = sopSchema.extend(onTheSite)

const count = z.int().min(0)

/**
 * `/kb.json`: every published entry of the knowledge base in one file, for tools. Entries have
 * exactly the shape of the library's schemas, plus where they live on the site (sources have
 * no page of their own and keep their plain shape). Lists are sorted by slug.
 */
export const kbExportSchema = z
  .strictObject({
    schemaVersion: z.literal(KB_EXPORT_VERSION),
    /**
     * The newest `review.lastReviewed` in the export, not the clock: building the same content
     * twice gives the same file, byte for byte. Absent when no entry carries a review date.
     */
    generatedAt: isoDateSchema.optional(),
    /** The site's address, e.g. `https://kb.example.com/`. */
    site: z.url(),
    /** How many entries of each kind follow. */
    counts: z.strictObject({ sources: count, situations: count, strategies: count, scripts: count, sops: count }),
    sources: z.array(sourceSchema),
    situations: z.array(exportedSituationSchema),
    strategies: z.array(exportedStrategySchema),
    scripts: z.array(exportedScriptSchema),
    sops: z.array(exportedSopSchema),
  })
  .superRefine((kb, ctx) => {
    for (const part of ['sources', 'situations', 'strategies', 'scripts', 'sops'] as const) {
      if (kb.counts[part] !== kb[part].length) {
        ctx.addIssue({ code: 'custom', path: ['counts', part], message: `says ${kb.counts[part]} but the export holds ${kb[part].length}` })
      }
    }
  })

export type KbExport = z.infer<typeof kbExportSchema>
export type ExportedSituation = z.infer<typeof exportedSituationSchema>
export type ExportedStrategy = z.infer<typeof exportedStrategySchema>
export type ExportedScript = z.infer<typeof exportedScriptSchema>
export type ExportedSop = z.infer<typeof exportedSopSchema>
