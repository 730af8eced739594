import { describe, expect, it } from 'vitest'
import { checkLibrary } from '@kb/content/files'
import { siteDataFrom } from '../../site/src/lib/library-view.ts'
import { llmsFullTxt } from '../../site/src/lib/twins/llms-full.ts'
import { scriptTwin } from '../../site/src/lib/twins/script-twin.ts'
import { sopTwin } from '../../site/src/lib/twins/sop-twin.ts'
import { twinContext } from '../../site/src/lib/twins/twin-context.ts'
import { FIXTURE_LIBRARY_DIR } from '../helpers/site-build.ts'

const SITE = new URL('https://kb.example.test')
const data = siteDataFrom(checkLibrary(FIXTURE_LIBRARY_DIR).library)

describe('llms-full.txt', () => {
  const full = llmsFullTxt(data, SITE)

  it('holds every published entry\'s Markdown twin, front matter included', () => {
    const ctx = twinContext(data, SITE)
    for (const sop of data.sops) expect(full).toContain(sopTwin(sop, ctx).trimEnd())
    for (const script of data.scripts) expect(full).toContain(scriptTwin(script, ctx).trimEnd())
    const entries = data.situations.length + data.sops.length + data.strategies.length + data.scripts.length
    expect(full.match(/^---\ntype: /gm)).toHaveLength(entries)
  })

  it('groups the entries by type in llms.txt\'s order and points back to llms.txt', () => {
    expect(full.match(/^# (Situations|SOPs|Strategies|Empathy scripts)$/gm)).toEqual(['# Situations', '# SOPs', '# Strategies', '# Empathy scripts'])
    expect(full).toContain('https://kb.example.test/llms.txt')
  })
})
