/**
 * Issue 8.1: a COMMIT the database refuses is never reported as a save. The client gets a 503
 * with `Retry-After`, and nothing of the change is stored (on either adapter).
 */
import { describe, expect, it } from 'vitest'
import { cmsForFile } from '../helpers/cms-for-file.ts'
import { withFailingCommits } from '../helpers/failing-commits.ts'
import { rest } from '../helpers/rest.ts'
import { sampleData } from '../helpers/sample-data.ts'

const context = cmsForFile()
const editor = () => context().actors.editor.credentials

describe('a commit the database refuses', () => {
  it('answers a create with 503 and Retry-After, and stores nothing', async () => {
    const response = await withFailingCommits(context().cms.payload, () =>
      rest('POST', 'empathy-scripts', { as: editor(), body: { ...sampleData('empathy-scripts', 'refused', context().refs), _status: 'published' } }),
    )
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('2')
    expect(response.body.errors[0].message).toMatch(/not saved.*try again/i)
    const found = await context().cms.payload.find({ collection: 'empathy-scripts', where: { title: { equals: 'Sample empathy-scripts refused' } }, draft: true })
    expect(found.totalDocs).toBe(0)
  })

  it('answers an update with 503 and keeps the previous text', async () => {
    const created = await rest('POST', 'empathy-scripts', { as: editor(), body: { ...sampleData('empathy-scripts', 'kept', context().refs), _status: 'published' } })
    const response = await withFailingCommits(context().cms.payload, () =>
      rest('PATCH', `empathy-scripts/${created.body.doc.id}`, { as: editor(), body: { line: 'This change is refused, {customerName}.' } }),
    )
    expect(response.status).toBe(503)
    const stored = await rest('GET', `empathy-scripts/${created.body.doc.id}`, { as: editor() })
    expect(stored.body.line).toBe(created.body.doc.line)
  })
})
