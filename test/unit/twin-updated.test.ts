import { describe, expect, it } from 'vitest'
import { checkLibrary } from '@kb/content/files'
import type { PublishedTimes } from '@kb/content'
import { siteDataFrom } from '../../site/src/lib/library-view.ts'
import { kbExport } from '../../site/src/lib/twins/kb-export.ts'
import { llmsFullTxt } from '../../site/src/lib/twins/llms-full.ts'
import { scriptTwin } from '../../site/src/lib/twins/script-twin.ts'
import { situationTwin } from '../../site/src/lib/twins/situation-twin.ts'
import { sopTwin } from '../../site/src/lib/twins/sop-twin.ts'
import { strategyTwin } from '../../site/src/lib/twins/strategy-twin.ts'
import { twinContext } from '../../site/src/lib/twins/twin-context.ts'
import { FIXTURE_LIBRARY_DIR } from '../helpers/site-build.ts'

/**
 * Issue 14.4: every Markdown twin's front matter says when the entry was last updated (the
 * published version's `updatedAt`, sent by the CMS beside the library), and so do kb.json and llms-full.txt.
 */
const library = checkLibrary(FIXTURE_LIBRARY_DIR).library
const site = new URL('https://kb.example.test')
// A distinct time per entry, so a twin showing another entry's time would fail.
const timeOf = (index: number) => new Date(Date.UTC(2026, 10, 1, 9, index)).toISOString()
const updated: PublishedTimes = Object.fromEntries(
  (['sources', 'situations', 'strategies', 'scripts', 'sops'] as const).map((part, p) => [
    part,
    Object.fromEntries(library[part].map((entry, index) => [entry.slug, timeOf(p * 10 + index)])),
  ]),
)
const data = siteDataFrom(library, updated)
const ctx = twinContext(data, site, '2027-04-29')
const twins = [
  ...data.scripts.map((entry) => ({ time: updated.scripts?.[entry.slug], markdown: scriptTwin(entry, ctx) })),
  ...data.strategies.map((entry) => ({ time: updated.strategies?.[entry.slug], markdown: strategyTwin(entry, ctx) })),
  ...data.sops.map((entry) => ({ time: updated.sops?.[entry.slug], markdown: sopTwin(entry, ctx) })),
  ...data.situations.map((entry) => ({ time: updated.situations?.[entry.slug], markdown: situationTwin(entry, ctx) })),
]

describe('when an entry was last updated, in the machine-readable twins', () => {
  it("puts the published version's change time in every twin's front matter, right after its url, as a quoted string", () => {
    expect(twins.length).toBeGreaterThan(0)
    for (const { time, markdown } of twins) {
      expect(time).toBeDefined()
      expect(markdown).toMatch(new RegExp(`^url: \\S+\\nupdated: "${time}"$`, 'm'))
    }
  })

  it('leaves updated out of the front matter when the CMS sent no change times', () => {
    const bare = twinContext(siteDataFrom(library), site, '2027-04-29')
    const script = library.scripts[0]!
    const markdown = scriptTwin(script, bare)
    expect(markdown).not.toMatch(/^updated:/m)
    expect(markdown.replace(/^updated: .*\n/m, '')).toBe(scriptTwin(script, ctx).replace(/^updated: .*\n/m, ''))
  })

  it('gives every entry on the site its change time in kb.json, under schema version 3', () => {
    const kb = kbExport(data, site, '2027-04-29')
    expect(kb.schemaVersion).toBe(3)
    for (const entry of kb.scripts) expect(entry.updated, entry.slug).toBe(updated.scripts?.[entry.slug])
    for (const entry of kb.sops) expect(entry.updated, entry.slug).toBe(updated.sops?.[entry.slug])
    for (const entry of kb.strategies) expect(entry.updated, entry.slug).toBe(updated.strategies?.[entry.slug])
  })

  it('carries each twin, updated time included, into llms-full.txt', () => {
    const full = llmsFullTxt(data, site)
    expect(full.match(/^updated: "[^"]+"$/gm)).toHaveLength(twins.length)
  })

  it('finds no change time for a slug that is only an Object property name', () => {
    expect(data.updated('scripts', 'constructor')).toBeUndefined()
  })
})
