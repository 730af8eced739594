import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { isSafeUrl } from './safe-url.ts'

/** Library Markdown parsed as the site renders it: CommonMark with GitHub's extensions (tables, autolinks). */
function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

/** Calls `visit` on every node of the tree, parents before children. */
function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node)
  if ('children' in node) for (const child of node.children) walk(child, visit)
}

/** The addresses of links, images and reference definitions (`[r]: …`) that `isSafeUrl` refuses, in order. */
export function unsafeUrls(markdown: string): string[] {
  const found: string[] = []
  walk(parse(markdown), (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) found.push(node.url)
  })
  return found
}

/** One pass: every unsafe link becomes its text, unsafe images and definitions go, raw HTML becomes text. */
function sanitizeOnce(source: string): string {
  const at = (node: Nodes, end = false) => (end ? node.position?.end.offset : node.position?.start.offset) ?? 0
  const inner = (from: number, to: number, children: readonly Nodes[]): string => {
    let out = ''
    for (const child of children) {
      out += source.slice(from, at(child)) + render(child)
      from = at(child, true)
    }
    return out + source.slice(from, to)
  }
  const render = (node: Nodes): string => {
    if (node.type === 'html') return source.slice(at(node), at(node, true)).replace(/</g, '&lt;')
    if ((node.type === 'definition' || node.type === 'image') && !isSafeUrl(node.url)) return ''
    if (node.type === 'link' && !isSafeUrl(node.url)) {
      const [first] = node.children
      const last = node.children.at(-1)
      return first && last ? inner(at(first), at(last, true), node.children) : ''
    }
    return 'children' in node ? inner(at(node), at(node, true), node.children) : source.slice(at(node), at(node, true))
  }
  return render(parse(source))
}

const isSafe = (markdown: string) => {
  let safe = true
  walk(parse(markdown), (node) => {
    if (node.type === 'html' || ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url))) safe = false
  })
  return safe
}

/**
 * Library Markdown that is safe to publish anywhere (page, Markdown twin, kb.json): a link to an
 * address `isSafeUrl` refuses keeps only its text, such images and reference definitions are
 * dropped, and raw HTML is escaped so it shows as written. Everything else is left byte for byte.
 * Removing a link can form new syntax from its text, so passes repeat until nothing changes; text
 * that still is not safe after that has every `[` and `<` written as an entity.
 */
export function safeMarkdown(markdown: string): string {
  let text = markdown
  for (let pass = 0; pass < 5; pass++) {
    if (isSafe(text)) return text
    text = sanitizeOnce(text)
  }
  return isSafe(text) ? text : text.replace(/\[/g, '&#91;').replace(/</g, '&lt;')
}
