/**
 * Issue 8.2 and 8.3: editors saving the same entry at the same moment. Every acknowledged change
 * is kept (or the later writer is told 409/412), and a burst of saves never hangs the CMS.
 */
import { describe, expect, it } from 'vitest'
import { cmsForFile } from '../helpers/cms-for-file.ts'
import { rest } from '../helpers/rest.ts'
import { sampleData } from '../helpers/sample-data.ts'

const context = cmsForFile()
const editor = () => context().actors.editor.credentials

const createScript = async (tag: string) => {
  const response = await rest('POST', 'empathy-scripts', { as: editor(), body: { ...sampleData('empathy-scripts', tag, context().refs), _status: 'published' } })
  expect(response.status).toBe(201)
  return response.body.doc as { id: number; updatedAt: string; line: string }
}
const patch = (id: number, body: Record<string, unknown>, headers?: Record<string, string>) =>
  rest('PATCH', `empathy-scripts/${id}`, { as: editor(), body, headers })
const read = async (id: number) => (await rest('GET', `empathy-scripts/${id}`, { as: editor() })).body

/** Editors each change their own field of one script at the same moment; returns the changes lost. */
async function lostChanges(editors: number, tag: string): Promise<number> {
  const script = await createScript(tag)
  const fields = ['title', 'line', 'why', 'insteadOf', 'slug'].slice(0, editors)
  const values = fields.map((field) =>
    field === 'line' ? `Changed by the ${field} editor, {customerName}.` : field === 'slug' ? `${tag}-renamed` : `Changed by the ${field} editor.`,
  )
  const answers = await Promise.all(fields.map((field, i) => patch(script.id, { [field]: values[i] })))
  for (const answer of answers) expect([200, 409]).toContain(answer.status)
  const stored = await read(script.id)
  return fields.filter((field, i) => answers[i]!.status === 200 && stored[field] !== values[i]).length
}

describe('editors saving one entry at the same moment', () => {
  it('keeps both of two editors’ changes to different fields, ten rounds running', async () => {
    let lost = 0
    for (let round = 0; round < 10; round++) lost += await lostChanges(2, `pair-${round}`)
    expect(lost).toBe(0)
  })

  it('keeps every change of five editors saving at once', async () => {
    let lost = 0
    for (let round = 0; round < 5; round++) lost += await lostChanges(5, `five-${round}`)
    expect(lost).toBe(0)
  })

  it('answers a burst of fifty saves of one entry, each with 2xx or 409', async () => {
    const script = await createScript('burst')
    await Promise.all(Array.from({ length: 20 }, () => read(script.id)))
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => patch(script.id, { title: `Burst ${i}` })))
    expect(answers.filter((answer) => answer.status !== 200 && answer.status !== 409).map((a) => a.status)).toEqual([])
    expect((await read(script.id)).title).toMatch(/^Burst \d+$/)
  })
})

describe('a save based on an old copy', () => {
  it('is refused with 412 when its If-Match names an older version', async () => {
    const script = await createScript('if-match')
    expect((await patch(script.id, { title: 'First editor saved' })).status).toBe(200)
    const stale = await patch(script.id, { title: 'Second editor, stale copy' }, { 'if-match': `"${script.updatedAt}"` })
    expect(stale.status).toBe(412)
    expect(stale.body.errors[0].message).toMatch(/changed by someone else.*reload/i)
    expect((await read(script.id)).title).toBe('First editor saved')
  })

  it('is refused with 409 when the updatedAt it sends is older than the stored one', async () => {
    const script = await createScript('updated-at')
    expect((await patch(script.id, { title: 'First editor saved' })).status).toBe(200)
    const stale = await patch(script.id, { title: 'Second editor, stale copy', updatedAt: script.updatedAt })
    expect(stale.status).toBe(409)
    expect((await read(script.id)).title).toBe('First editor saved')
  })

  it('is accepted when its If-Match names the current version', async () => {
    const script = await createScript('fresh')
    const fresh = await patch(script.id, { title: 'Saved on the current copy' }, { 'if-match': `"${script.updatedAt}"` })
    expect(fresh.status).toBe(200)
  })
})
