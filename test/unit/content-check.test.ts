import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkLibrary, formatProblem, REPO_ROOT } from '@kb/content/files'

const FIXTURE = join(REPO_ROOT, 'test/fixtures/library')
const made: string[] = []
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A copy of the small valid fixture library with one file edited; returns what content:check reports. */
function checkWithEdit(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-check-'))
  made.push(dir)
  cpSync(FIXTURE, dir, { recursive: true })
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')))
  return checkLibrary(dir).problems.map(formatProblem)
}

describe('content:check', () => {
  it('accepts the valid fixture library', () => {
    expect(checkLibrary(FIXTURE).problems.map(formatProblem)).toEqual([])
  })

  it('names the file, line and field of a stage outside the vocabulary', () => {
    const problems = checkWithEdit('scripts/sorry-for-the-wait.yaml', (t) => t.replace('stage: apologize', 'stage: grovel'))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/scripts\/sorry-for-the-wait\.yaml:7 field "stage": .*expected one of .*"apologize".*\(got "grovel"\)/)
  })

  it('names a required field that is missing', () => {
    const problems = checkWithEdit('strategies/say-sorry.yaml', (t) => t.replace(/^summary: .*\n/m, ''))
    expect(problems).toEqual([expect.stringMatching(/strategies\/say-sorry\.yaml:\d+ field "summary": is missing/)])
  })

  it('holds the library to American spelling, naming the word, the field and the spelling to use', () => {
    const problems = checkWithEdit('scripts/sorry-for-the-wait.yaml', (t) =>
      t.replace("line: I'm sorry order {orderNumber} is late, {customerName}.", 'line: Apologies, your order was cancelled. We apologise.'),
    )
    expect(problems).toEqual([
      expect.stringMatching(/sorry-for-the-wait\.yaml:3 field "line": spells "cancelled" the British way; .*American English, so write "canceled"/),
      expect.stringMatching(/sorry-for-the-wait\.yaml:3 field "line": spells "apologise" the British way; .*write "apologize"/),
    ])
  })

  it('leaves the spelling of a source article\'s own title alone, but not an alias', () => {
    expect(checkWithEdit('sources/test-article.yaml', (t) => t.replace('title: A test article', 'title: Behaviour at the centre'))).toEqual([])
    const problems = checkWithEdit('situations/late-parcel.yaml', (t) => t.replace(/^aliases:\n/m, 'aliases:\n  - parcel held at the depot centre\n'))
    expect(problems).toEqual([expect.stringMatching(/late-parcel\.yaml:\d+ field "aliases\.0": spells "centre" the British way; .*write "center"/)])
  })

  it('keeps a lighthearted line out of the stages where the customer may still be annoyed', () => {
    const problems = checkWithEdit('scripts/sorry-for-the-wait.yaml', (t) => t.replace('tone: warm', 'tone: lighthearted'))
    expect(problems).toEqual([expect.stringMatching(/sorry-for-the-wait\.yaml:7 field "stage": is "apologize", but a lighthearted line belongs only once the issue is under control/)])
  })

  it('keeps self-talk (the reflect stage) from being written like a line for a customer', () => {
    const problems = checkWithEdit('scripts/sorry-for-the-wait.yaml', (t) => t.replace('stage: apologize', 'stage: reflect'))
    expect(problems).toEqual([
      expect.stringMatching(/sorry-for-the-wait\.yaml:4 field "insteadOf": is set on a reflect line/),
      expect.stringMatching(/sorry-for-the-wait\.yaml:3 field "line": holds \{orderNumber\}, but a reflect line is self-talk/),
    ])
  })

  it.each([
    ['channels', (t: string) => t.replace('  - email\n', '  - email\n  - phone\n'), 'phone'],
    ['situations', (t: string) => t.replace('  - late-parcel\n', '  - late-parcel\n  - late-parcel\n'), 'late-parcel'],
    ['aliases', (t: string) => t.replace('  - resend or refund\n', '  - resend or refund\n  - Resend or refund\n'), 'Resend or refund'],
  ])('refuses %s that list the same entry twice, as the CMS does', (field, edit, value) => {
    const problems = checkWithEdit('scripts/two-ways-forward.yaml', edit)
    expect(problems).toEqual([expect.stringMatching(new RegExp(`scripts/two-ways-forward\\.yaml:\\d+ field "${field}": "${value}" is listed more than once`))])
  })

  it('names an unknown situation slug and where it is', () => {
    const problems = checkWithEdit('scripts/two-ways-forward.yaml', (t) => t.replace('  - late-parcel', '  - lost-parcel'))
    expect(problems).toEqual([expect.stringMatching(/two-ways-forward\.yaml:5 field "situations\.0": unknown situation "lost-parcel"/)])
  })

  it('names a decision branch that points to a missing step', () => {
    const problems = checkWithEdit('sops/late-parcel-call.yaml', (t) => t.replace('goto: offer', 'goto: refund'))
    expect(problems).toEqual([expect.stringMatching(/late-parcel-call\.yaml:\d+ field "steps\.2\.branches\.0\.goto": points to step "refund", which does not exist/)])
  })

  it('names a say step whose script does not exist', () => {
    const problems = checkWithEdit('sops/late-parcel-call.yaml', (t) => t.replace('script: sorry-for-the-wait', 'script: sorry-again'))
    expect(problems).toEqual([expect.stringMatching(/field "steps\.0\.script": unknown script "sorry-again"/)])
  })

  it('refuses a script without a situation', () => {
    const problems = checkWithEdit('scripts/two-ways-forward.yaml', (t) => t.replace('situations:\n  - late-parcel\n', 'situations: []\n'))
    expect(problems).toEqual([expect.stringMatching(/two-ways-forward\.yaml:\d+ field "situations": a script needs at least one situation/)])
  })

  it('refuses a strategy without a source', () => {
    const problems = checkWithEdit('strategies/offer-choices.yaml', (t) => t.replace('sources:\n  - test-article\n', 'sources: []\n'))
    expect(problems).toEqual([expect.stringMatching(/offer-choices\.yaml:\d+ field "sources": a strategy must credit at least one source/)])
  })

  it('refuses a slug that another file already uses', () => {
    const problems = checkWithEdit('strategies/offer-choices.yaml', (t) => t.replace('slug: offer-choices', 'slug: say-sorry'))
    expect(problems[0]).toMatch(/offer-choices\.yaml:1 field "slug": is "say-sorry" but the file is named "offer-choices\.yaml"/)
  })

  it('reports a YAML syntax error with its line', () => {
    const problems = checkWithEdit('situations/late-parcel.yaml', (t) => t.replace('title: Late parcel', 'title: [Late parcel'))
    expect(problems[0]).toMatch(/situations\/late-parcel\.yaml:[23]: not valid YAML/)
  })

  it('reports every problem at once, across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-check-'))
    made.push(dir)
    cpSync(FIXTURE, dir, { recursive: true })
    const edit = (file: string, from: string, to: string) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to))
    edit('scripts/sorry-for-the-wait.yaml', 'tone: warm', 'tone: icy')
    edit('sops/late-parcel-call.yaml', 'goto: offer', 'goto: nowhere')
    edit('strategies/say-sorry.yaml', '  - offer-choices', '  - unknown-strategy')
    expect(checkLibrary(dir).problems).toHaveLength(3)
  })

  it('asks for the canonical layout when a valid file is written differently', () => {
    const problems = checkWithEdit('sources/test-article.yaml', (t) => t.replace('title: A test article', "title: 'A test article'"))
    expect(problems).toEqual([expect.stringMatching(/test-article\.yaml: is valid but not in the canonical layout/)])
  })

  it('puts valid files back into the canonical layout with content:format, and touches nothing while a file is broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-format-'))
    made.push(dir)
    cpSync(FIXTURE, dir, { recursive: true })
    const source = join(dir, 'sources/test-article.yaml')
    writeFileSync(source, readFileSync(source, 'utf8').replace('title: A test article', "title: 'A test article'"))
    const broken = join(dir, 'scripts/two-ways-forward.yaml')
    const good = readFileSync(broken, 'utf8')
    writeFileSync(broken, good.replace('tone: calm', 'tone: smug'))
    const format = () => spawnSync('pnpm', ['-s', 'content:format', dir], { cwd: REPO_ROOT, encoding: 'utf8' })
    expect(format().status).toBe(1)
    expect(readFileSync(source, 'utf8')).toContain("title: 'A test article'")
    writeFileSync(broken, good)
    expect(format().status).toBe(0)
    expect(checkLibrary(dir).problems.map(formatProblem)).toEqual([])
  }, 30_000) // two `pnpm content:format` runs: seconds each on a busy machine
})
