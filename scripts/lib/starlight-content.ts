import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Library } from '@kb/content'
import { siteDataFrom } from '../../site/src/lib/library-view.ts'
import { scriptTwin } from '../../site/src/lib/twins/script-twin.ts'
import { situationTwin } from '../../site/src/lib/twins/situation-twin.ts'
import { sopTwin } from '../../site/src/lib/twins/sop-twin.ts'
import { strategyTwin } from '../../site/src/lib/twins/strategy-twin.ts'
import { frontMatter } from '../../site/src/lib/twins/front-matter.ts'
import { twinContext } from '../../site/src/lib/twins/twin-context.ts'

/** Starlight's content folder in the peer package. */
export const STARLIGHT_DOCS = join(import.meta.dirname, '../../bench/starlight/src/content/docs')

const SITE = 'http://localhost:4321'
/** A twin's link to another twin (`<SITE>/scripts/x.md`), to turn into a link to the peer's page. */
const TWIN_LINK = /\]\(http:\/\/localhost:4321(\/[^)\s]*?)\.md\)/g

/**
 * The twin's body: without its front matter and its `# title` (Starlight renders the title
 * itself), its links pointing at the peer's own pages.
 */
function body(twin: string): string {
  const end = twin.indexOf('\n---\n', 4)
  return twin.slice(end + 5).replace(/^\s*# .*\n+/, '').replace(TWIN_LINK, ']($1/)')
}

/**
 * Writes the peer's content for `library` into `dir` (emptied first): one Markdown page per entry
 * page of the site (situations, SOPs, strategies, scripts) at the same path, titled as the site
 * titles it and with the text of the entry's Markdown twin (site/src/lib/twins/), so both sites
 * index and render the same words; plus a home page. Returns the number of pages written.
 */
export function writeStarlightContent(library: Library, dir = STARLIGHT_DOCS): number {
  rmSync(dir, { recursive: true, force: true })
  const data = siteDataFrom(library)
  const ctx = twinContext(data, new URL(`${SITE}/`), '2026-11-30')
  const pages: [folder: string, slug: string, title: string, twin: string][] = [
    ...data.situations.map((s): [string, string, string, string] => ['situations', s.slug, s.title, situationTwin(s, ctx)]),
    ...data.sops.map((s): [string, string, string, string] => ['sops', s.slug, s.title, sopTwin(s, ctx)]),
    ...data.strategies.map((s): [string, string, string, string] => ['strategies', s.slug, s.title, strategyTwin(s, ctx)]),
    ...data.scripts.map((s): [string, string, string, string] => ['scripts', s.slug, s.title, scriptTwin(s, ctx)]),
  ]
  for (const folder of new Set(pages.map(([folder]) => folder))) mkdirSync(join(dir, folder), { recursive: true })
  for (const [folder, slug, title, twin] of pages) {
    writeFileSync(join(dir, folder, `${slug}.md`), `${frontMatter({ title })}\n\n${body(twin)}`)
  }
  writeFileSync(join(dir, 'index.md'), `${frontMatter({ title: 'Knowledge base' })}\n\nSearch every script, procedure, strategy and situation.\n`)
  return pages.length + 1
}
