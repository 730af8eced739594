import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { agentVocabularySlug } from '../collections/slugs.ts'
import { PART_COLLECTIONS } from '../library/collections.ts'
import { SITE_DIR } from './site-paths.ts'

/** Folders whose code shapes the built site; a change in any of them means the site must be rebuilt. */
const SOURCE_PATHS = ['site/src', 'site/astro.config.ts', 'site/package.json', 'content/src', 'cms/src/library'].map((p) => join(SITE_DIR, '..', p))

/** The newest modification time of a file or of anything under a folder. */
export function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

/**
 * A fingerprint of what the site is built from: the site's code, per collection how many
 * entries are published and when the newest changed, and when the agent vocabulary was published. Equal stamps mean a rebuild would produce
 * the same site, so the main command can skip it on a second start.
 */
export async function siteStamp(payload: Payload): Promise<string> {
  // SITE_URL is baked into kb.json, llms.txt and the Markdown twins.
  const parts = [`code:${Math.max(...SOURCE_PATHS.map(newestMtime))}`, `site:${process.env.SITE_URL ?? ''}`]
  for (const [, collection] of PART_COLLECTIONS) {
    const { docs, totalDocs } = await payload.find({
      collection, where: { _status: { equals: 'published' } }, sort: '-updatedAt', limit: 1, depth: 0, select: { updatedAt: true },
    })
    parts.push(`${collection}:${totalDocs}:${docs[0]?.updatedAt ?? '-'}`)
  }
  const vocabulary = await payload.findGlobal({ slug: agentVocabularySlug, depth: 0, draft: false, select: { updatedAt: true, _status: true } })
  parts.push(`vocabulary:${vocabulary._status ?? '-'}:${vocabulary.updatedAt ?? '-'}`)
  return parts.join('|')
}

/** What a finished build recorded in its `.build.json`: when it finished and what it was built from. */
export interface BuildInfo {
  builtAt?: string
  stamp?: string
}

/** A build folder's `.build.json`, or undefined when there is none (no build, or an unfinished one). */
export function buildInfo(buildDir: string | undefined): BuildInfo | undefined {
  if (!buildDir) return undefined
  try {
    return JSON.parse(readFileSync(join(buildDir, '.build.json'), 'utf8')) as BuildInfo
  } catch {
    return undefined
  }
}

/** The stamp recorded by a build (the live one, usually), if there is one. */
export function stampOf(buildDir: string | undefined): string | undefined {
  return buildInfo(buildDir)?.stamp
}
