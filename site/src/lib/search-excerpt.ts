/**
 * The excerpt under a result: the stretch of the entry's own text where the query's words are
 * densest, with those words marked. Built from the page text Pagefind stores, minus the hidden
 * list of aliases EntryLayout puts first for ranking, so that list never shows.
 */
import type { TextPart } from './search-text.ts'
import { stemOf, wordsOf } from './search-words.ts'

/** Words in an excerpt. */
const LENGTH = 28

/**
 * The page text without the leading alias line (`Title · alias · alias.` on a situation page,
 * `alias · alias.` elsewhere), given the title and the aliases meta (`alias, alias`).
 */
export function withoutAliases(content: string, title: string | undefined, aliases: string | undefined): string {
  if (!aliases) return content
  const list = aliases.split(', ')
  for (const lead of [[title ?? '', ...list].join(' · '), list.join(' · ')]) {
    if (lead && content.startsWith(lead)) return content.slice(lead.length).replace(/^[.\s]+/, '')
  }
  return content
}

/** A page token's words and their stems, remembered: the same words recur on every page. */
const tokenWords = new Map<string, { word: string; stem: string }[]>()
function wordsOfToken(token: string): { word: string; stem: string }[] {
  let words = tokenWords.get(token)
  if (!words) {
    words = wordsOf(token).map((word) => ({ word, stem: stemOf(word) }))
    if (tokenWords.size > 50_000) tokenWords.clear()
    tokenWords.set(token, words)
  }
  return words
}

/** Whether a word of the page matches one of the query's stems (or, for the last word typed, begins with it). */
function matcher(stems: Set<string>, prefix: string | undefined): (token: string) => boolean {
  const byPrefix = prefix !== undefined && prefix.length >= 3
  const initials = new Set([...stems, ...(byPrefix ? [prefix] : [])].map((start) => start[0]))
  return (token) => mayMatch(token, initials) && wordsOfToken(token).some(({ word, stem }) => stems.has(stem) || (byPrefix && word.startsWith(prefix)))
}

/**
 * Whether a word in `token` starts with one of `initials`: a Porter2 stem keeps its word's first
 * letter, so no other token can match, and most tokens of a page are ruled out before they are
 * split and stemmed (on a cold search, stemming every word of ten pages cost up to 30 ms). A token
 * with a character outside ASCII is left to the full test (accents are folded there).
 */
function mayMatch(token: string, initials: Set<string | undefined>): boolean {
  const lower = token.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return true
    if (initials.has(lower[i]) && (i === 0 || !ALPHANUMERIC.test(lower[i - 1]!))) return true
  }
  return false
}
const ALPHANUMERIC = /[a-z0-9]/

/** A page text split into words, remembered for the pages shown most recently. */
const splitTexts = new Map<string, string[]>()
function tokensOf(content: string): string[] {
  let tokens = splitTexts.get(content)
  if (!tokens) {
    tokens = content.split(/\s+/).filter(Boolean)
    if (splitTexts.size >= 200) splitTexts.delete(splitTexts.keys().next().value!)
    splitTexts.set(content, tokens)
  }
  return tokens
}

/** The densest window of matching words, as plain and marked parts, with … where it is cut. */
export function excerptParts(content: string, stems: Set<string>, prefix?: string): TextPart[] {
  const tokens = tokensOf(content)
  const matches = tokens.map(matcher(stems, prefix))
  let start = 0
  let best = -1
  let count = 0
  for (let i = 0; i < tokens.length; i++) {
    if (matches[i]) count++
    if (i >= LENGTH && matches[i - LENGTH]) count--
    if (count > best) {
      best = count
      start = Math.max(0, i - LENGTH + 1)
    }
  }
  // Start at a sentence when one begins shortly before the window.
  for (let i = start; i > Math.max(0, start - 8); i--) if (/[.!?]$/.test(tokens[i - 1] ?? '')) { start = i; break }
  const end = Math.min(tokens.length, start + LENGTH)
  const parts: TextPart[] = []
  const push = (text: string, marked: boolean) => {
    const last = parts.at(-1)
    if (last && last.marked === marked) last.text += text
    else parts.push({ text, marked })
  }
  if (start > 0) push('… ', false)
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false)
    push(tokens[i]!, matches[i]!)
  }
  if (end < tokens.length) push(' …', false)
  return parts
}
