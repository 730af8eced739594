import type { Payload } from 'payload'

/** The content collections, in an order where each only points at earlier ones. */
export const CONTENT_COLLECTIONS = ['situations', 'sources', 'strategies', 'empathy-scripts', 'sops'] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

/** Ids of published documents that samples of other collections point at. */
export interface SampleRefs {
  situation: number | string
  source: number | string
}

const review = { owner: 'Quality team', lastReviewed: '2026-11-01', reviewIntervalDays: 180 }

const paragraph = (text: string) => ({
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr' as const,
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr' as const, textFormat: 0, textStyle: '',
      children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
  },
})

/** A complete, valid document for a collection; `tag` keeps titles and slugs unique. */
export function sampleData(collection: ContentCollection, tag: string, refs: SampleRefs): Record<string, unknown> {
  const title = `Sample ${collection} ${tag}`
  switch (collection) {
    case 'situations':
      return { title, description: 'A customer situation used by the tests.' }
    case 'sources':
      return { title, publisher: 'Test publisher' }
    case 'strategies':
      return {
        title, summary: 'A technique used by the tests.', whyItWorks: paragraph('Because tests need one.'),
        steps: [{ text: 'Do the thing.' }], stages: ['listen'], situations: [refs.situation], sources: [refs.source], review,
      }
    case 'empathy-scripts':
      return {
        title, line: 'I can hear how frustrating this is, {customerName}.', situations: [refs.situation],
        stage: 'acknowledge', channels: ['phone', 'chat'], tone: 'warm', why: 'Naming the feeling lowers the temperature.', review,
      }
    case 'sops':
      return {
        title, purpose: 'A procedure used by the tests.', trigger: 'When a test needs one.', roles: ['Agent'], resolvedWhen: 'The test passes.',
        situations: [refs.situation], review,
        steps: [
          { key: 'listen', blockType: 'action', text: 'Listen to the end.' },
          { key: 'fixable', blockType: 'decision', question: 'Can you fix it now?', branches: [
            { label: 'Yes', goto: 'fix' }, { label: 'No', outcome: 'Escalate to a team lead.' }] },
          { key: 'fix', blockType: 'action', text: 'Fix it.' },
        ],
      }
  }
}

/** Creates the published situation and source every other sample points at. */
export async function createSampleRefs(payload: Payload): Promise<SampleRefs> {
  const situation = await payload.create({ collection: 'situations', data: { ...sampleData('situations', 'ref', {} as SampleRefs), _status: 'published' } as never })
  const source = await payload.create({ collection: 'sources', data: { ...sampleData('sources', 'ref', {} as SampleRefs), _status: 'published' } as never })
  return { situation: situation.id, source: source.id }
}
