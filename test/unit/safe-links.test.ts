import { describe, expect, it } from 'vitest'
import { isSafeUrl, safeMarkdown, sourceSchema, strategySchema } from '@kb/content'
import { checkLibrary } from '@kb/content/files'
import { siteDataFrom } from '../../site/src/lib/library-view.ts'
import { renderMarkdown } from '../../site/src/lib/markdown.ts'
import { kbJson } from '../../site/src/lib/twins/kb-export.ts'
import { llmsTxt } from '../../site/src/lib/twins/llms-txt.ts'
import { strategyTwin } from '../../site/src/lib/twins/strategy-twin.ts'
import { twinContext } from '../../site/src/lib/twins/twin-context.ts'
import { FIXTURE_LIBRARY_DIR } from '../helpers/site-build.ts'

/** The three inputs an attacker published: an inline link, a reference definition, a source URL. */
const INLINE = 'Calm them first, then [read more](javascript:fetch("/api/users",{method:"POST"})).'
const REFERENCE = 'See [the guide][r].\n\n[r]: javascript:alert(document.cookie)'
const SOURCE_URL = 'javascript://x.example/%0Aalert(document.cookie)'
const RAW_HTML = 'Nice <img src=x onerror="alert(1)"> text.'

describe('the link rule', () => {
  it('allows web, mail and relative addresses and nothing else', () => {
    for (const url of ['https://example.com/a', 'http://example.com', 'mailto:team@example.com', '/scripts/', '#steps', '../x', 'page.md']) {
      expect(isSafeUrl(url), url).toBe(true)
    }
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>', 'vbscript:x', 'file:///etc/passwd', SOURCE_URL, 'https://']) {
      expect(isSafeUrl(url), url).toBe(false)
    }
  })

  it('makes content:check refuse a javascript: link in Markdown and a javascript: source URL', () => {
    const strategy = checkLibrary(FIXTURE_LIBRARY_DIR).library.strategies[0]!
    for (const whyItWorks of [INLINE, REFERENCE, '[x](javascript&#58;alert(1))']) {
      const result = strategySchema.safeParse({ ...strategy, whyItWorks })
      expect(result.success, whyItWorks).toBe(false)
      expect(result.error?.issues[0]?.message).toMatch(/only http\(s\) addresses with a host, mailto and relative links are allowed/)
    }
    const source = { slug: 'evil', title: 'Evil', publisher: 'Nobody', url: SOURCE_URL }
    expect(sourceSchema.safeParse(source).error?.issues[0]?.message).toMatch(/expected a web address starting with http:\/\/ or https:\/\//)
    expect(sourceSchema.safeParse({ ...source, url: 'https://example.com/article' }).success).toBe(true)
  })
})

describe('library Markdown that reached the site anyway', () => {
  // As if an older CMS had stored them: the site must not publish them whatever its input.
  const library = checkLibrary(FIXTURE_LIBRARY_DIR).library
  const [first, second, ...rest] = library.strategies
  const poisoned = {
    ...library,
    strategies: [{ ...first!, whyItWorks: `${INLINE}\n\n${RAW_HTML}` }, { ...second!, whyItWorks: REFERENCE }, ...rest],
    sources: library.sources.map((source, index) => (index === 0 ? { ...source, url: SOURCE_URL } : source)),
  }
  const data = siteDataFrom(poisoned)
  const site = new URL('https://kb.example.test')

  it('keeps the link text and drops the javascript: address from the pages', async () => {
    for (const markdown of [INLINE, REFERENCE, RAW_HTML, '<javascript:alert(1)>', '[x](javascript&#58;alert(1))', '[x](https://)']) {
      const html = await renderMarkdown(markdown)
      expect(html, markdown).not.toMatch(/<[a-z]+\s[^>]*(href|src)=/i)
      expect(html, markdown).not.toMatch(/<img/i)
    }
    expect(await renderMarkdown(INLINE)).toContain('read more')
  })

  it('publishes no javascript: address and no raw HTML in the Markdown twins, kb.json or llms.txt', () => {
    const ctx = twinContext(data, site)
    const outputs = [...data.strategies.map((strategy) => strategyTwin(strategy, ctx)), kbJson(data, site), llmsTxt(data, site)]
    for (const output of outputs) {
      expect(output).not.toMatch(/javascript/i)
      expect(output).not.toMatch(/<img/i)
    }
    expect(strategyTwin(data.strategy(first!.slug)!, ctx)).toContain('Calm them first, then read more.')
  })

  it('leaves safe Markdown exactly as written', () => {
    const markdown = 'Say *sorry* once, then [see the script](/scripts/own-the-delay/) or [mail us](mailto:qa@example.com).\n\n- one\n- two'
    expect(safeMarkdown(markdown)).toBe(markdown)
  })
})
