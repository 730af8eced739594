/**
 * Editorial rules for the library that ships in `content/library/`: enough entries, spread over
 * every situation, stage and channel, no near-duplicate scripts, and no text lifted from the seed
 * articles. The schemas check each file; these tests check the library as a whole.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { STAGES } from '@kb/content'
import {
  checkLibrary, copiedRunIn, formatProblem, LIBRARY_DIR, readSeedArticles, readSeedHashes, REPO_ROOT, SEED_HASHES_FILE,
  seedHashesOf, seedsDir, shinglesOf, SHINGLE_WORDS, wordsOf, writeLibrary,
} from '@kb/content/files'

/** The seed articles themselves, only when KB_SEEDS_DIR points at them (never in a fresh clone). */
const seedArticles = readSeedArticles(seedsDir())
const NEAR_DUPLICATE_SHARE = 0.8

const { library, entries, problems } = checkLibrary()
const { scripts, sops, situations, strategies } = library

/** Every string value inside an entry, however deeply nested. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

/** How many items each key has, starting every expected key at zero. */
function countBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[], expected: readonly string[]): Map<string, number> {
  const counts = new Map(expected.map((key) => [key, 0]))
  for (const item of items) for (const key of keysOf(item)) counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}

/** The keys with fewer than `minimum` items, as `key: count`, for readable failure diffs. */
function below(counts: Map<string, number>, minimum: number, keys: readonly string[]): string[] {
  return keys.filter((key) => (counts.get(key) ?? 0) < minimum).map((key) => `${key}: ${counts.get(key) ?? 0}`)
}

/** The share of the smaller line's word trigrams that also occur in the other line. */
function trigramOverlap(a: string, b: string): number {
  const first = new Set(shinglesOf(wordsOf(a), 3))
  const second = new Set(shinglesOf(wordsOf(b), 3))
  const smaller = Math.min(first.size, second.size)
  if (smaller === 0) return 0
  return [...first].filter((trigram) => second.has(trigram)).length / smaller
}

const situationSlugs = situations.map((s) => s.slug)
const stageValues = STAGES.map((s) => s.value)

describe('the content library', () => {
  it('has no problems', () => {
    expect(problems, problems.map(formatProblem).join('\n')).toEqual([])
  })

  it('holds at least 250 empathy scripts, 33 situations and 33 SOPs', () => {
    expect({ scripts: scripts.length >= 250, situations: situations.length >= 33, sops: sops.length >= 33 }).toEqual({ scripts: true, situations: true, sops: true })
  })

  it('gives every situation at least 6 scripts', () => {
    const counts = countBy(scripts, (s) => s.situations, situationSlugs)
    expect(below(counts, 6, situationSlugs)).toEqual([])
  })

  it('gives every stage at least 5 scripts', () => {
    const counts = countBy(scripts, (s) => [s.stage], stageValues)
    expect(below(counts, 5, stageValues)).toEqual([])
  })

  it('offers at least 60 scripts each for phone, chat and email', () => {
    const channels = ['phone', 'chat', 'email']
    const counts = countBy(scripts, (s) => s.channels, channels)
    expect(below(counts, 60, channels)).toEqual([])
  })

  it('pairs at least 30 scripts with an instead-of line', () => {
    expect(scripts.filter((s) => s.insteadOf !== undefined).length).toBeGreaterThanOrEqual(30)
  })

  it('uses every situation in at least one SOP that has a decision', () => {
    const withDecision = sops.filter((sop) => sop.steps.some((step) => step.kind === 'decision'))
    const counts = countBy(withDecision, (sop) => sop.situations, situationSlugs)
    expect(below(counts, 1, situationSlugs)).toEqual([])
  })

  it('has every strategy credit a source and be served by at least one script', () => {
    const uncredited = strategies.filter((s) => s.sources.length === 0).map((s) => s.slug)
    const served = new Set(scripts.flatMap((s) => s.strategies))
    const unserved = strategies.filter((s) => !served.has(s.slug)).map((s) => s.slug)
    expect({ uncredited, unserved }).toEqual({ uncredited: [], unserved: [] })
  })

  it('gives every SOP at least one decision step and one say step', () => {
    const lacking = sops
      .filter((sop) => !sop.steps.some((step) => step.kind === 'decision') || !sop.steps.some((step) => step.kind === 'say'))
      .map((sop) => sop.slug)
    expect(lacking).toEqual([])
  })

  it('never repeats a script line, even with different case or punctuation', () => {
    const bySlug = new Map<string, string[]>()
    for (const script of scripts) {
      const key = wordsOf(script.line).join(' ')
      bySlug.set(key, [...(bySlug.get(key) ?? []), script.slug])
    }
    expect([...bySlug.values()].filter((slugs) => slugs.length > 1)).toEqual([])
  })

  it('has no two script lines sharing 80% or more of their word trigrams', () => {
    const pairs: string[] = []
    scripts.forEach((a, i) => {
      for (const b of scripts.slice(i + 1)) {
        const share = trigramOverlap(a.line, b.line)
        if (share >= NEAR_DUPLICATE_SHARE) pairs.push(`${a.slug} ~ ${b.slug} (${Math.round(share * 100)}%)`)
      }
    })
    expect(pairs).toEqual([])
  })

  it('never offers a joke where the customer is upset by definition, in a script or an SOP step', () => {
    const upset = new Set(['angry-caller', 'abusive-customer', 'welfare-crisis', 'bereavement', 'fraud-or-unauthorized-charge', 'legal-threat', 'formal-complaint', 'payment-difficulty', 'vulnerable-customer', 'social-media-or-press-threat', 'broken-promise', 'repeat-contact', 'manager-request'])
    const jokes = new Set(scripts.filter((s) => s.tone === 'lighthearted').map((s) => s.slug))
    const taggedUpset = scripts.filter((s) => jokes.has(s.slug) && s.situations.some((slug) => upset.has(slug))).map((s) => s.slug)
    const inUpsetSops = sops
      .filter((sop) => sop.situations.some((slug) => upset.has(slug)))
      .flatMap((sop) => sop.steps.filter((step) => step.kind === 'say' && jokes.has(step.script)).map((step) => `${sop.slug}.${step.key}`))
    expect({ taggedUpset, inUpsetSops }).toEqual({ taggedUpset: [], inUpsetSops: [] })
  })

  it('exports files that a YAML 1.1 reader reads back identically (yes/no/on/off quoted, dates kept as strings)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-yaml11-'))
    try {
      writeLibrary(dir, library)
      const differ: string[] = []
      for (const { part, slug, file } of entries) {
        const exported = readFileSync(join(dir, part, `${slug}.yaml`), 'utf8')
        // JSON turns a Date (what 1.1 makes of a bare 2026-11-01) into a different string, and true into true, not "Yes".
        if (JSON.stringify(parse(exported, { version: '1.1' })) !== JSON.stringify(parse(exported, { version: '1.2' }))) differ.push(file)
        // The export is also the checked-in file, byte for byte, so the library itself reads the same in 1.1.
        if (exported !== readFileSync(join(LIBRARY_DIR, part, `${slug}.yaml`), 'utf8')) differ.push(`${file} (not canonical)`)
      }
      expect(differ).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('routes self-harm to the welfare crisis SOP, unauthorized payments to fraud, and legal threats off the abuse track', () => {
    /** Each escalation criterion, and each step with its branches, as one piece of text. */
    const units = sops.flatMap((sop) => [
      ...sop.escalation.map((text, i) => ({ where: `${sop.slug} escalation ${i}`, sop: sop.slug, text })),
      ...sop.steps.map((step) => ({ where: `${sop.slug} step ${step.key}`, sop: sop.slug, text: stringsIn(step).join(' ') })),
    ])
    const misrouted = units.flatMap(({ where, sop, text }) => [
      ...(sop !== 'welfare-crisis' && /self-harm|suicid/i.test(text) && !/welfare crisis SOP/i.test(text) ? [`${where}: self-harm without the welfare crisis SOP`] : []),
      ...(sop !== 'fraud-and-unauthorized-charges' && /never made or authori[sz]ed|unauthori[sz]ed/i.test(text) && !/fraud/i.test(text) ? [`${where}: unauthorized payment without fraud`] : []),
      ...(sop === 'abusive-customer' && /\b(sue|legal|lawyer|court)\b/i.test(text) && !/not abuse/i.test(text) ? [`${where}: legal threat on the abuse track`] : []),
    ])
    expect(misrouted).toEqual([])
  })

  it(`shares no run of ${SHINGLE_WORDS} or more words with any seed article`, () => {
    const seedHashes = readSeedHashes(REPO_ROOT)
    expect(seedHashes.size, `${SEED_HASHES_FILE} holds no hashes`).toBeGreaterThan(1000)
    const copied: string[] = []
    for (const { part, slug, file } of entries) {
      const items: readonly { slug: string }[] = library[part]
      const match = copiedRunIn(stringsIn(items.find((item) => item.slug === slug)).join(' '), seedHashes)
      if (match !== undefined) copied.push(`${file}: "${match}"`)
    }
    expect(copied).toEqual([])
  })

  it(`ships only hashes of the seed articles, never their words (${SEED_HASHES_FILE})`, () => {
    const shipped = readFileSync(join(REPO_ROOT, SEED_HASHES_FILE), 'utf8').split('\n')
    const notHashOrComment = shipped.filter((line) => line !== '' && !line.startsWith('#') && !/^[0-9a-f]{16}$/.test(line))
    expect(notHashOrComment).toEqual([])
  })

  it.skipIf(seedArticles === undefined)('ships the hashes of the seed articles KB_SEEDS_DIR names as they are now (pnpm content:seed-hashes)', () => {
    const current = seedHashesOf((seedArticles ?? []).map((article) => article.text))
    expect([...readSeedHashes(REPO_ROOT)].sort()).toEqual(current)
  })
})
