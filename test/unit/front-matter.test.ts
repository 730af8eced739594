import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { frontMatter } from '../../site/src/lib/twins/front-matter.ts'

/** The fields between the `---` lines, read back by the `yaml` parser as a YAML `version` reader would. */
const readBack = (markdown: string, version: '1.1' | '1.2') => parse(markdown.replace(/^---\n|\n---$/g, ''), { version })

const tricky = [
  'yes', 'No', 'on', 'OFF', 'y', 'N', 'true', 'null', '~', '2026-11-01', '2026-11-30T10:00:00.000Z', '1:20', '0x1F', '1_000', '.inf', '.NaN', '180',
  'a: b', 'ends with a colon:', 'trailing space ', ' leading space', '# not a comment', 'key #comment', '- a list?', '[flow]', '{flow}', '*alias', '&anchor',
  '!tag', '|', '>', '@at', '`tick`', '"double"', "'single'", "it's fine", 'http://localhost:4321/scripts/a-b/', 'line\nbreak', 'tab\there',
  'line\u2028separator', 'para\u2029graph', 'next\u0085line', 'c1\u0090control', 'del\u007f', 'bom\ufeffinside', 'café ✓', 'emoji 🙂', '', '%percent', 'back\\slash',
]

describe('front matter of the Markdown twins', () => {
  it('reads back as the same strings, numbers and lists in YAML 1.1 and 1.2', () => {
    const fields = { title: 'Yes, I am a real person', reviewIntervalDays: 180, aliases: tricky, ...Object.fromEntries(tricky.map((value, i) => [`k${i}`, value])) }
    const { aliases, ...scalars } = fields
    for (const version of ['1.1', '1.2'] as const) {
      expect(readBack(frontMatter(fields), version)).toEqual({ ...scalars, aliases })
    }
  })

  it('writes ordinary words without quotes, so the twin stays easy to read', () => {
    expect(frontMatter({ owner: 'Quality team', url: 'http://localhost:4321/scripts/a/', tone: 'warm' }))
      .toBe('---\nowner: Quality team\nurl: http://localhost:4321/scripts/a/\ntone: warm\n---')
  })

  it('quotes what a YAML 1.1 reader would take for a boolean or a date', () => {
    expect(frontMatter({ answer: 'yes', lastReviewed: '2026-11-01' })).toBe('---\nanswer: "yes"\nlastReviewed: "2026-11-01"\n---')
  })

  it('refuses a number YAML would read back as something else', () => {
    expect(() => frontMatter({ reviewIntervalDays: Number.NaN })).toThrow(/reviewIntervalDays.*finite number/)
  })

  it('leaves out keys whose value is undefined and writes an empty list as []', () => {
    expect(frontMatter({ a: undefined, placeholders: [] })).toBe('---\nplaceholders: []\n---')
  })
})
