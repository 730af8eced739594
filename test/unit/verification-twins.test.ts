import { describe, expect, it } from 'vitest'
import { checkLibrary } from '@kb/content/files'
import { siteDataFrom } from '../../site/src/lib/library-view.ts'
import { kbExport } from '../../site/src/lib/twins/kb-export.ts'
import { scriptTwin } from '../../site/src/lib/twins/script-twin.ts'
import { situationTwin } from '../../site/src/lib/twins/situation-twin.ts'
import { twinContext } from '../../site/src/lib/twins/twin-context.ts'
import { FIXTURE_LIBRARY_DIR } from '../helpers/site-build.ts'

// The fixture's "Sorry for the wait" was verified 2026-11-01 by the Quality team, every 180 days: due 2027-04-30.
const library = checkLibrary(FIXTURE_LIBRARY_DIR).library
const data = siteDataFrom(library)
const site = new URL('https://kb.example.test')
const script = library.scripts.find((s) => s.slug === 'sorry-for-the-wait')!

describe('verification in the machine-readable twins', () => {
  it('gives a current entry its verified line and review keys in the Markdown twin', () => {
    const markdown = scriptTwin(script, twinContext(data, site, '2027-04-29'))
    expect(markdown).toMatch(/^owner: Quality team\nlastReviewed: "2026-11-01"\nreviewDue: "2027-04-30"\nreviewStatus: current$/m)
    expect(markdown.trimEnd().split('\n').at(-1)).toBe('*Verified 1 Nov 2026 by Quality team*')
  })

  it('marks a lapsed entry as due in the Markdown twin', () => {
    const markdown = scriptTwin(script, twinContext(data, site, '2027-04-30'))
    expect(markdown).toContain('reviewStatus: due')
    expect(markdown).toContain('*Verified 1 Nov 2026 by Quality team · review due since 30 Apr 2027*')
  })

  it('leaves the review out of a situation twin without one', () => {
    const situation = library.situations.find((s) => !s.review)
    if (!situation) return
    const markdown = situationTwin(situation, twinContext(data, site, '2027-04-30'))
    expect(markdown).not.toMatch(/reviewStatus|Verified/)
  })

  it('gives every entry with a review its verification in kb.json, as of the build day', () => {
    const before = kbExport(data, site, '2027-04-29')
    const after = kbExport(data, site, '2027-04-30')
    expect(before.schemaVersion).toBe(3)
    expect(before.scripts.find((s) => s.slug === 'sorry-for-the-wait')!.verification).toEqual({
      verifiedOn: '2026-11-01',
      verifiedBy: 'Quality team',
      dueOn: '2027-04-30',
      due: false,
    })
    expect(after.scripts.find((s) => s.slug === 'sorry-for-the-wait')!.verification?.due).toBe(true)
    for (const entry of [...after.scripts, ...after.strategies, ...after.sops]) expect(entry.verification).toBeDefined()
  })
})
