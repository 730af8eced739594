import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest, type RestResponse } from '../helpers/rest.ts'
import { createSampleRefs, sampleData } from '../helpers/sample-data.ts'

/**
 * The access matrix of Payload's own collections, over REST: edit locks (`payload-locked-documents`)
 * and admin preferences (`payload-preferences`). Another editor's lock or preference is what the
 * actor tries to read, take or remove. Everything not listed is refused.
 */
const LOCKS = {
  "read another's lock": ['editor', 'admin'],
  'lock an entry': ['editor', 'admin'],
  'lock an entry in another name': [],
  "take over another's lock": ['editor', 'admin'],
  'release their own lock': ['editor', 'admin'],
  "release another's lock": [],
} as const satisfies Record<string, readonly Actor['name'][]>

const PREFERENCES = {
  "read another's preferences": [],
  'save their own preferences': ['api key', 'editor', 'admin'],
  'save preferences in another name': [],
  "change another's preferences": [],
  "delete another's preferences": [],
} as const satisfies Record<string, readonly Actor['name'][]>

let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let other: Actor['user'] & {}
let strategyId: number
let counter = 0

beforeAll(async () => {
  cms = await bootCms()
  actors = await createActors(cms.payload)
  other = { ...(await cms.payload.create({ collection: 'users', data: { email: 'other-editor@kb.test', password: 'correct-horse-battery-staple', role: 'editor' } })), collection: 'users' }
  const refs = await createSampleRefs(cms.payload)
  strategyId = (await cms.payload.create({ collection: 'strategies', data: { ...sampleData('strategies', 'locked', refs), _status: 'published' } as never })).id
})
afterAll(async () => cms?.close())

const holder = (user: unknown) => String(user && typeof user === 'object' && 'value' in user ? user.value : user)
/** 2xx is "went through", 403 (or 401 for nobody) "refused"; anything else fails the test. */
function wentThrough(response: RestResponse): boolean {
  if (response.status >= 200 && response.status < 300) return true
  if (response.status === 403 || response.status === 401) return false
  throw new Error(`unexpected ${response.status}: ${JSON.stringify(response.body)}`)
}
const othersLock = () =>
  cms.payload.create({ collection: 'payload-locked-documents', data: { document: { relationTo: 'strategies', value: strategyId }, user: { relationTo: 'users', value: other.id } } })
const storedLock = (id: number | string) => cms.payload.findByID({ collection: 'payload-locked-documents', id, depth: 0, disableErrors: true })
const othersPreference = () =>
  cms.payload.create({ collection: 'payload-preferences', data: { key: `other-${++counter}`, value: { columns: ['title'] }, user: { relationTo: 'users', value: other.id } }, user: other })
const storedPreference = (id: number | string) => cms.payload.findByID({ collection: 'payload-preferences', id, depth: 0, disableErrors: true })

async function tryLocks(actor: Actor, operation: keyof typeof LOCKS): Promise<boolean> {
  const as = actor.credentials
  const self = String(actor.user?.id)
  const lock = await othersLock()
  switch (operation) {
    case "read another's lock": {
      const response = await rest('GET', `payload-locked-documents?where[id][equals]=${lock.id}`, { as })
      return wentThrough(response) && response.body.docs.length === 1
    }
    case 'lock an entry':
    case 'lock an entry in another name': {
      const user = operation === 'lock an entry' ? undefined : { relationTo: 'users', value: other.id }
      const response = await rest('POST', 'payload-locked-documents', { as, body: { document: { relationTo: 'strategies', value: strategyId }, user } })
      if (!wentThrough(response)) return false
      expect(holder((await storedLock(response.body.doc.id))?.user)).toBe(self)
      return true
    }
    case "take over another's lock": {
      const response = await rest('PATCH', `payload-locked-documents/${lock.id}`, { as, body: { user: { relationTo: 'users', value: actor.user?.id } } })
      expect(holder((await storedLock(lock.id))?.user)).toBe(wentThrough(response) ? self : String(other.id))
      return wentThrough(response)
    }
    case 'release their own lock': {
      const own = actor.user
        ? await cms.payload.create({ collection: 'payload-locked-documents', data: { document: { relationTo: 'strategies', value: strategyId }, user: { relationTo: 'users', value: actor.user.id } } })
        : lock
      const response = await rest('DELETE', `payload-locked-documents/${own.id}`, { as })
      expect(Boolean(await storedLock(own.id))).toBe(!wentThrough(response))
      return wentThrough(response)
    }
    case "release another's lock": {
      const response = await rest('DELETE', `payload-locked-documents/${lock.id}`, { as })
      expect(Boolean(await storedLock(lock.id))).toBe(!wentThrough(response))
      return wentThrough(response)
    }
  }
}

async function tryPreferences(actor: Actor, operation: keyof typeof PREFERENCES): Promise<boolean> {
  const as = actor.credentials
  const preference = await othersPreference()
  switch (operation) {
    case "read another's preferences": {
      const response = await rest('GET', `payload-preferences?where[id][equals]=${preference.id}`, { as })
      return wentThrough(response) && response.body.docs.length === 1
    }
    case 'save their own preferences':
    case 'save preferences in another name': {
      const user = operation === 'save their own preferences' ? undefined : { relationTo: 'users', value: other.id }
      const response = await rest('POST', 'payload-preferences', { as, body: { key: `mine-${++counter}`, value: { open: true }, user } })
      if (!wentThrough(response)) return false
      // Payload files a preference under whoever saves it, whatever the body names.
      return holder((await storedPreference(response.body.doc.id))?.user) === (operation === 'save their own preferences' ? String(actor.user?.id) : String(other.id))
    }
    case "change another's preferences": {
      const response = await rest('PATCH', `payload-preferences/${preference.id}`, { as, body: { value: { hijacked: true } } })
      const changed = JSON.stringify((await storedPreference(preference.id))?.value).includes('hijacked')
      return response.status === 200 && changed
    }
    case "delete another's preferences": {
      const response = await rest('DELETE', `payload-preferences/${preference.id}`, { as })
      return response.status === 200 && !(await storedPreference(preference.id))
    }
  }
}

for (const [label, table, attempt] of [
  ['payload-locked-documents', LOCKS, tryLocks],
  ['payload-preferences', PREFERENCES, tryPreferences],
] as const) {
  describe(label, () => {
    for (const actorName of ['anonymous', 'api key', 'editor', 'admin'] as const) {
      for (const [operation, allowed] of Object.entries(table) as [string, readonly Actor['name'][]][]) {
        const lets = allowed.includes(actorName)
        it(`${lets ? 'lets' : 'stops'} ${actorName} ${operation}`, async () => {
          expect(await (attempt as (actor: Actor, operation: string) => Promise<boolean>)(actors[actorName], operation)).toBe(lets)
        })
      }
    }
  })
}

describe('a reader API key and edit locks', () => {
  it('cannot lock an entry against its editors (issue 11.7)', async () => {
    await cms.payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } } })
    const locked = await rest('POST', 'payload-locked-documents', {
      as: actors['api key'].credentials,
      body: { document: { relationTo: 'strategies', value: strategyId }, user: { relationTo: 'users', value: actors['api key'].user?.id } },
    })
    expect(locked.status).toBe(403)
    const edit = await rest('PATCH', `strategies/${strategyId}?draft=true`, { as: actors.editor.credentials, body: { summary: 'Edited while a reader tried to lock it.' } })
    expect(edit.status).toBe(200)
  })
})
