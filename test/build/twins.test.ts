import { describe, expect, it } from 'vitest'
import { checkLibrary } from '@kb/content/files'
import { siteDataFrom } from '../../site/src/lib/library-view.ts'
import { kbExport } from '../../site/src/lib/twins/kb-export.ts'
import { llmsTxt } from '../../site/src/lib/twins/llms-txt.ts'
import { sopTwin } from '../../site/src/lib/twins/sop-twin.ts'
import { twinContext } from '../../site/src/lib/twins/twin-context.ts'
import { FIXTURE_LIBRARY_DIR } from '../helpers/site-build.ts'

// The renderers on their own, without a build: fast checks of what the build tests rely on.
const library = checkLibrary(FIXTURE_LIBRARY_DIR).library
const data = siteDataFrom(library)
const site = new URL('https://kb.example.test')

describe('the machine-readable twins', () => {
  it('refuses to write a kb.json that does not fit its schema, naming the part, the entry and the field', () => {
    const broken = { ...library, scripts: library.scripts.map((s) => (s.slug === 'two-ways-forward' ? { ...s, stage: 'shout' as never } : s)) }
    expect(() => kbExport(siteDataFrom(broken), site)).toThrow(/scripts "two-ways-forward" field "stage"/)
  })

  it('writes an SOP decision as a nested list of branches that name the step they lead to', () => {
    const sop = library.sops.find((s) => s.slug === 'late-parcel-call')!
    const markdown = sopTwin(sop, twinContext(data, site))
    expect(markdown).toContain(
      ['3. Decide: Is the parcel lost?', '   - **Yes**: go to step 4.', '   - **No**: ends here: Give the new delivery date and close.'].join('\n'),
    )
    expect(markdown).toMatch(/^1\. Say: “I'm sorry order \{orderNumber\} is late, \{customerName\}\.” \(\[Sorry for the wait\]\(https:\/\/kb\.example\.test\/scripts\/sorry-for-the-wait\.md\)\)$/m)
  })

  it('gives llms.txt one line per entry under each heading, with absolute twin URLs', () => {
    const text = llmsTxt(data, site)
    expect(text).toContain('\n## Strategies\n\n- [Offer choices](https://kb.example.test/strategies/offer-choices.md): Give the customer two workable options.\n')
    expect(text).toContain('\n## Optional\n\n- [kb.json](https://kb.example.test/kb.json): ')
    expect(text).toContain('\n- [llms-full.txt](https://kb.example.test/llms-full.txt): the whole published library')
  })
})
