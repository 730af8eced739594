/**
 * Ranking on the query side, on small fixtures: any-words scoring, the rules for what an agent
 * needs (named situation first, lines to say, held-back reflection and humour, no look-alike
 * pairs) and excerpts without the hidden alias line.
 */
import { describe, expect, it } from 'vitest'
import { vocabularyOf } from '../../site/src/integrations/search-vocabulary.ts'
import { excerptParts, withoutAliases } from '../../site/src/lib/search-excerpt.ts'
import { planQuery, type Concept } from '../../site/src/lib/search-plan.ts'
import { applyRules, namedSituations, type RankedPage } from '../../site/src/lib/search-rules.ts'
import { scorePages } from '../../site/src/lib/search-score.ts'
import { Lexicon } from '../../site/src/lib/search-vocabulary.ts'
import { stemOf } from '../../site/src/lib/search-words.ts'
import { dataOf, type FakePage } from '../helpers/fake-pagefind.ts'
import { AGENT_VOCABULARY, PAGES } from '../fixtures/search/pages.ts'

const lexicon = new Lexicon(vocabularyOf(PAGES.map(dataOf), AGENT_VOCABULARY))
const page = (url: string): FakePage => PAGES.find((p) => p.url === url)!
const ranked = (urls: string[]): RankedPage[] => urls.map((url, i) => ({ id: url, score: 10 - i, coverage: 1, data: dataOf(page(url)) }))
const urlsOf = (pages: RankedPage[]) => pages.map((p) => p.data.url)

describe('any-words scoring', () => {
  const concept = (text: string, weight: number, terms = [text]): Concept => ({ text, terms, specificity: terms.map(() => 1), weight, filler: false })

  it('ranks a page matching more of the query above one matching a single word strongly', () => {
    const scored = scorePages([concept('refund', 1), concept('card', 1)], new Map([
      ['refund', [{ id: 'strong', score: 20 }, { id: 'both', score: 5 }]],
      ['card', [{ id: 'both', score: 5 }]],
    ]))
    expect(scored.map((s) => s.id)).toEqual(['both', 'strong'])
    expect(scored[0]!.coverage).toBe(1)
  })

  it('keeps a page that misses a word of the query instead of knocking it out', () => {
    const scored = scorePages([concept('refund', 2), concept('gave', 0.1)], new Map([['refund', [{ id: 'a', score: 3 }]], ['gave', []]]))
    expect(scored.map((s) => s.id)).toEqual(['a'])
  })

  it('counts a match on a common alternative of a concept below one on a rare alternative', () => {
    const scored = scorePages([{ ...concept('talking over', 1, ['talking over', 'interrupt']), specificity: [0.4, 1] }], new Map([
      ['talking over', [{ id: 'loose', score: 9 }]],
      ['interrupt', [{ id: 'telling', score: 9 }]],
    ]))
    expect(scored.map((s) => s.id)).toEqual(['telling', 'loose'])
  })

  it('counts a synonym match a little below a match on the words typed', () => {
    const scored = scorePages([concept('lawyer', 1, ['lawyer', 'solicitor'])], new Map([
      ['lawyer', [{ id: 'own', score: 4 }]],
      ['solicitor', [{ id: 'synonym', score: 4 }]],
    ]))
    expect(scored.map((s) => s.id)).toEqual(['own', 'synonym'])
  })
})

describe('ranking rules', () => {
  it('puts the playbook of a situation the query names first', () => {
    const plan = planQuery('nobody called back', lexicon)
    const named = namedSituations(plan, lexicon.vocabulary.situations)
    expect(named.map((s) => s.url)).toEqual(['/situations/repeat-contact/'])
    const order = applyRules(ranked(['/scripts/let-me-finish/', '/situations/repeat-contact/']), plan, named)
    expect(urlsOf(order)[0]).toBe('/situations/repeat-contact/')
  })

  it('ranks a playbook below entries that match as well when the query does not name its situation', () => {
    const order = applyRules(ranked(['/situations/abusive-customer/', '/scripts/no-reply-to-insults/']), planQuery('reply', lexicon), [])
    expect(urlsOf(order)).toEqual(['/scripts/no-reply-to-insults/', '/situations/abusive-customer/'])
  })

  it('names no situation for a query about the agent themself', () => {
    const plan = planQuery('drained after a call with swearing', lexicon)
    expect(namedSituations(plan, lexicon.vocabulary.situations)).toEqual([])
  })

  it('favours lines to say when the query asks what to say', () => {
    const plan = planQuery('what do i say to an abusive customer', lexicon)
    const order = applyRules(ranked(['/strategies/sincere-apology/', '/scripts/no-reply-to-insults/']), plan, [])
    expect(urlsOf(order)[0]).toBe('/scripts/no-reply-to-insults/')
  })

  it('never lets a reflection or light-hearted line outrank a line for the upset customer unless asked', () => {
    const urls = ['/scripts/fresh-start/', '/scripts/hold-music-joke/', '/strategies/sincere-apology/', '/scripts/calm-acknowledgement/']
    const order = urlsOf(applyRules(ranked(urls), planQuery('upset customer call', lexicon), []))
    expect(order.indexOf('/scripts/calm-acknowledgement/')).toBeLessThan(order.indexOf('/scripts/fresh-start/'))
    expect(order.indexOf('/scripts/calm-acknowledgement/')).toBeLessThan(order.indexOf('/scripts/hold-music-joke/'))
    expect(order[0]).toBe('/strategies/sincere-apology/')
  })

  it('lets a reflection line rank first when the query is about the agent, and a joke when asked for one', () => {
    const urls = ['/scripts/fresh-start/', '/scripts/hold-music-joke/', '/scripts/calm-acknowledgement/']
    expect(urlsOf(applyRules(ranked(urls), planQuery('drained after a call', lexicon), []))[0]).toBe('/scripts/fresh-start/')
    const joke = urlsOf(applyRules(ranked(['/scripts/hold-music-joke/', '/scripts/calm-acknowledgement/']), planQuery('joke for an upset customer', lexicon), []))
    expect(joke[0]).toBe('/scripts/hold-music-joke/')
  })

  describe('verified entries on ties', () => {
    const calm = page('/scripts/calm-acknowledgement/')
    const finish = page('/scripts/let-me-finish/')
    const withDue = (fake: FakePage, due: string | undefined, score: number): RankedPage => ({ id: fake.url, score, coverage: 1, data: dataOf({ ...fake, due }) })
    const plan = planQuery('upset customer', lexicon)

    it('puts a verified entry before one whose review is due when both score the same', () => {
      const order = applyRules([withDue(calm, '2027-01-10', 5), withDue(finish, '2027-06-01', 5)], plan, [], '2027-03-01')
      expect(urlsOf(order)).toEqual(['/scripts/let-me-finish/', '/scripts/calm-acknowledgement/'])
    })

    it('puts a verified entry before one with no review recorded when both score the same', () => {
      const order = applyRules([withDue(calm, undefined, 5), withDue(finish, '2027-06-01', 5)], plan, [], '2027-03-01')
      expect(urlsOf(order)).toEqual(['/scripts/let-me-finish/', '/scripts/calm-acknowledgement/'])
    })

    it('never lets verification lift an entry above one that matches better', () => {
      const order = applyRules([withDue(calm, '2027-01-10', 5.01), withDue(finish, '2027-06-01', 5)], plan, [], '2027-03-01')
      expect(urlsOf(order)).toEqual(['/scripts/calm-acknowledgement/', '/scripts/let-me-finish/'])
    })

    it('counts an entry as due from the day its review falls due', () => {
      const order = applyRules([withDue(calm, '2027-03-01', 5), withDue(finish, '2027-03-02', 5)], plan, [], '2027-03-01')
      expect(urlsOf(order)).toEqual(['/scripts/let-me-finish/', '/scripts/calm-acknowledgement/'])
    })
  })

  it('folds an SOP with the same title as a situation into it, so they never take two places', () => {
    const plan = planQuery('refund', lexicon)
    const order = applyRules(ranked(['/situations/refund-request/', '/scripts/let-me-finish/', '/sops/refund-request/']), plan, namedSituations(plan, lexicon.vocabulary.situations))
    expect(urlsOf(order)).toEqual(['/situations/refund-request/', '/scripts/let-me-finish/'])
    expect(order[0]!.also?.url).toBe('/sops/refund-request/')
  })
})

describe('excerpts', () => {
  it('leaves out the hidden alias line of a situation page and of other entries', () => {
    const situation = dataOf(page('/situations/refund-request/'))
    expect(withoutAliases(situation.content, situation.meta.title, situation.meta.aliases)).toMatch(/^Refund request\. The customer wants/)
    const aliased = dataOf({ ...page('/scripts/let-me-finish/'), aliases: ['talking over me', 'interrupting'] })
    expect(withoutAliases(aliased.content, aliased.meta.title, aliased.meta.aliases)).toMatch(/^Let me finish\./)
  })

  it('marks the words of the query where they are densest, by stem', () => {
    const text = 'One two three. The customer wants a refund; refunds take five days. Nothing else here.'
    const parts = excerptParts(text, new Set([stemOf('refund')]))
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['refund;', 'refunds'])
  })

  it('marks a query word inside quotes, brackets, slashes and accents as it marks it alone', () => {
    const text = '“Refunds” (refunding) return/refund café-refund Réfund'
    const parts = excerptParts(text, new Set([stemOf('refund')]))
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['“Refunds”', '(refunding)', 'return/refund', 'café-refund', 'Réfund'])
  })
})
