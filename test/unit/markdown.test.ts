import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../site/src/lib/markdown.ts'

describe('library Markdown on the site', () => {
  it('shows angle-bracketed text as written instead of dropping it as a tag', async () => {
    expect(await renderMarkdown('Say <customer name> back to them.')).toContain('Say &#x3C;customer name> back to them.')
  })

  it('never lets an editor put markup or script on the page', async () => {
    const html = await renderMarkdown('Nice <img src=x onerror="alert(1)"> text')
    expect(html).not.toMatch(/<img/i)
  })

  it('still renders paragraphs and emphasis', async () => {
    expect(await renderMarkdown('One *two*.\n\nThree.')).toBe('<p>One <em>two</em>.</p>\n<p>Three.</p>')
  })
})
