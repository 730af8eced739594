import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts'

let build: FixtureSite
beforeAll(() => {
  build = fixtureSite()
})
const page = (path: string) => readFileSync(join(build.dist, path, 'index.html'), 'utf8')

describe('verification and feedback on entry pages', () => {
  it.each([
    ['scripts/sorry-for-the-wait', 'Quality team'],
    ['sops/late-parcel-call', 'Operations'],
    ['strategies/say-sorry', undefined],
  ])('%s says when and by whom it was verified, with the due mark hidden while current', (path, owner) => {
    const html = page(path)
    const line = html.match(/<p class="verified[^"]*"[^>]*data-due-on="(\d{4}-\d\d-\d\d)"[^>]*>([\s\S]*?)<\/p>/)
    expect(line, 'a verified line').not.toBeNull()
    const text = line![2]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()
    expect(text).toMatch(new RegExp(`^Verified 1 Nov 2026 by ${owner ?? '.+'} · review due$`))
    expect(line![2]).toMatch(/<span class="review-due[^"]*" hidden/)
    expect(line![0]).toContain('data-pagefind-ignore')
  })

  it('has a "Did this help?" form that posts every verdict and the entry to the CMS without JavaScript', () => {
    const html = page('sops/late-parcel-call')
    const form = html.match(/<form method="post" action="([^"]+)" data-feedback-form[^>]*>([\s\S]*?)<\/form>/)
    expect(form, 'a feedback form').not.toBeNull()
    expect(form![1]).toMatch(/\/api\/feedback\/submit$/)
    const body = form![2]!
    expect(body).toContain('<input type="hidden" name="entryType" value="sop"')
    expect(body).toContain('<input type="hidden" name="slug" value="late-parcel-call"')
    expect([...body.matchAll(/name="verdict" value="([^"]+)"/g)].map((m) => m[1])).toEqual(['helped', 'outdated', 'wrong', 'missing', 'didnt-work'])
    expect(body).toMatch(/<textarea[^>]*name="comment"[^>]*maxlength="1000"/)
    expect(html).toContain('id="feedback-thanks"')
  })
})
