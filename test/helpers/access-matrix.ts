import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from './actors.ts'
import { CONTENT_COLLECTIONS, sampleData, type ContentCollection, type SampleRefs } from './sample-data.ts'

export const OPERATIONS = ['read draft', 'read published', 'create', 'update', 'publish', 'delete'] as const
export type Operation = (typeof OPERATIONS)[number]

/** Who may do what, on every content collection. Everything not listed is refused. */
export const ALLOWED: Record<Operation, readonly Actor['name'][]> = {
  'read draft': ['editor', 'admin'],
  'read published': ['anonymous', 'api key', 'editor', 'admin'],
  create: ['editor', 'admin'],
  update: ['editor', 'admin'],
  publish: ['editor', 'admin'],
  delete: ['admin'],
}

/** One API path (Local API or REST) seen as the operations of the matrix. Each resolves to what the caller got. */
export interface AccessApi {
  /** The title the caller sees for a document, or null when it is hidden from them. */
  readTitle: (actor: Actor, collection: ContentCollection, id: number | string, draft: boolean) => Promise<string | null>
  /** True when the write went through, false when it was refused (and nothing was written). */
  create: (actor: Actor, collection: ContentCollection, data: Record<string, unknown>) => Promise<boolean>
  update: (actor: Actor, collection: ContentCollection, id: number | string, data: Record<string, unknown>) => Promise<boolean>
  publish: (actor: Actor, collection: ContentCollection, id: number | string) => Promise<boolean>
  remove: (actor: Actor, collection: ContentCollection, id: number | string) => Promise<boolean>
}

interface MatrixContext {
  payload: Payload
  actors: Record<Actor['name'], Actor>
  refs: SampleRefs
  api: AccessApi
}

/**
 * The access matrix {actor} × {operation} × {collection}, one test each. Documents are set up
 * with access overridden; only the operation under test runs as the actor.
 */
export function describeAccessMatrix(label: string, setup: () => Promise<MatrixContext>): void {
  describe(label, () => {
    let ctx: MatrixContext
    let counter = 0
    beforeAll(async () => {
      ctx = await setup()
    })

    const seed = async (collection: ContentCollection, status: 'draft' | 'published') => {
      const tag = `${status}-${++counter}`
      return ctx.payload.create({ collection, data: { ...sampleData(collection, tag, ctx.refs), _status: status } as never, draft: status === 'draft' })
    }
    const stored = (collection: ContentCollection, id: number | string) =>
      ctx.payload.findByID({ collection, id, draft: true, overrideAccess: true, disableErrors: true })

    for (const collection of CONTENT_COLLECTIONS) {
      describe(collection, () => {
        for (const actorName of ['anonymous', 'api key', 'editor', 'admin'] as const) {
          for (const operation of OPERATIONS) {
            const allowed = ALLOWED[operation].includes(actorName)
            it(`${allowed ? 'lets' : 'stops'} ${actorName} ${operation}`, async () => {
              const actor = ctx.actors[actorName]
              switch (operation) {
                case 'read published': {
                  const doc = await seed(collection, 'published')
                  expect(await ctx.api.readTitle(actor, collection, doc.id, false)).toBe(doc.title)
                  break
                }
                case 'read draft': {
                  // A never-published document, and a published one with newer unpublished changes.
                  const draftOnly = await seed(collection, 'draft')
                  const published = await seed(collection, 'published')
                  await ctx.payload.update({ collection, id: published.id, data: { title: `${published.title} (draft edit)` } as never, draft: true })
                  expect(await ctx.api.readTitle(actor, collection, draftOnly.id, true)).toBe(allowed ? draftOnly.title : null)
                  const asDraft = await ctx.api.readTitle(actor, collection, published.id, true)
                  if (allowed) expect(asDraft).toBe(`${published.title} (draft edit)`)
                  else {
                    // Asking for drafts shows the published version: never the edit, and never nothing (issue 11.12).
                    expect(asDraft).toBe(published.title)
                    expect(await ctx.api.readTitle(actor, collection, published.id, false)).toBe(published.title)
                  }
                  break
                }
                case 'create': {
                  const data = { ...sampleData(collection, `created-${++counter}`, ctx.refs) }
                  const before = await ctx.payload.count({ collection, where: { title: { equals: data.title } } })
                  expect(await ctx.api.create(actor, collection, data)).toBe(allowed)
                  const after = await ctx.payload.count({ collection, where: { title: { equals: data.title } } })
                  expect(after.totalDocs - before.totalDocs).toBe(allowed ? 1 : 0)
                  break
                }
                case 'update': {
                  const doc = await seed(collection, 'draft')
                  expect(await ctx.api.update(actor, collection, doc.id, { title: `${doc.title} renamed` })).toBe(allowed)
                  expect((await stored(collection, doc.id))?.title).toBe(allowed ? `${doc.title} renamed` : doc.title)
                  break
                }
                case 'publish': {
                  const doc = await seed(collection, 'draft')
                  expect(await ctx.api.publish(actor, collection, doc.id)).toBe(allowed)
                  expect((await stored(collection, doc.id))?._status).toBe(allowed ? 'published' : 'draft')
                  break
                }
                case 'delete': {
                  const doc = await seed(collection, 'published')
                  expect(await ctx.api.remove(actor, collection, doc.id)).toBe(allowed)
                  expect(Boolean(await stored(collection, doc.id))).toBe(!allowed)
                  break
                }
              }
            })
          }
        }
      })
    }
  })
}
