/**
 * What the search page shows, built as DOM nodes from text (never HTML): one result, the notice of
 * what the search did to the query ("Showing results for refund · search instead for refnd"), and
 * the way on when nothing matched well (closest situations and the browse links).
 */
import type { SearchHit, SearchReport } from './search-engine.ts'
import type { VocabularySituation } from './search-vocabulary.ts'
import { lineParts } from './placeholders.ts'

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const anchor = element('a', className, text)
  anchor.href = href
  return anchor
}

/** One result: type, linked title, the line itself for a script, the excerpt, and a folded look-alike. */
export function resultItem(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'search-result')
  item.setAttribute('data-search-result', '')
  item.dataset.type = hit.type
  item.append(element('p', 'result-type', hit.type))
  const title = element('p', 'result-title')
  title.append(link(hit.url, hit.title))
  item.append(title)
  if (hit.line) {
    const line = element('p', 'result-line')
    for (const part of lineParts(hit.line)) line.append('placeholder' in part ? element('span', 'placeholder', `{${part.placeholder}}`) : part.text)
    item.append(line)
  }
  const excerpt = element('p', 'result-excerpt')
  for (const part of hit.excerpt) excerpt.append(part.marked ? element('mark', '', part.text) : part.text)
  item.append(excerpt)
  if (hit.also) {
    const also = element('p', 'result-also', `Also: ${hit.also.type} · `)
    also.append(link(hit.also.url, hit.also.title))
    item.append(also)
  }
  return item
}

/**
 * Fills the notice with what the search changed: corrected words (with a link to search for the
 * words as typed), and words left out because nothing in the knowledge base is like them.
 * Hidden when nothing changed.
 */
export function renderNotice(notice: HTMLElement, query: string, report: SearchReport, verbatimHref: string): void {
  notice.replaceChildren()
  if (report.corrected.length > 0) {
    notice.append('Showing results for ', element('strong', '', report.searchedFor), ' · search instead for ')
    const instead = link(verbatimHref, '')
    instead.dataset.searchVerbatim = ''
    instead.append(element('em', '', query))
    notice.append(instead)
  }
  if (report.dropped.length > 0) {
    if (notice.childNodes.length > 0) notice.append(' · ')
    notice.append(`Not in the knowledge base: ${report.dropped.join(', ')}`)
  }
  notice.hidden = notice.childNodes.length === 0
}

/** The way on when nothing matched well: the closest situations, if any, then every browse page. */
export function renderWayOn(block: HTMLElement, closest: VocabularySituation[], browse: { href: string; text: string }[], show: boolean): void {
  block.replaceChildren()
  block.hidden = !show
  if (!show) return
  if (closest.length > 0) {
    const situations = element('p', '', 'Closest situations: ')
    closest.forEach((situation, index) => {
      if (index > 0) situations.append(', ')
      situations.append(link(situation.url, situation.title))
    })
    block.append(situations)
  }
  const pages = element('p', '', 'Browse: ')
  browse.forEach(({ href, text }, index) => {
    if (index > 0) pages.append(', ')
    pages.append(link(href, text))
  })
  block.append(pages)
}
