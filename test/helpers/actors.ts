import type { Payload } from 'payload'
import type { User } from '@kb/cms/types'
import type { Credentials } from './rest.ts'

/** Someone calling the CMS, with what each API path needs to act as them. */
export interface Actor {
  name: 'anonymous' | 'api key' | 'editor' | 'admin'
  /** The user passed to the Local API with `overrideAccess: false`; null for anonymous. */
  user: (User & { collection: 'users' }) | null
  /** How a REST request authenticates as them. */
  credentials: Credentials
}

const PASSWORD = 'correct-horse-battery-staple'

/**
 * Creates the four kinds of caller the access rules distinguish: an anonymous visitor, a tool
 * with a reader account's API key, an editor and an admin (the latter two sign in for a JWT).
 */
export async function createActors(payload: Payload): Promise<Record<Actor['name'], Actor>> {
  const make = async (role: User['role'], email: string, apiKey?: string) => {
    const user = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, role, ...(apiKey ? { enableAPIKey: true, apiKey } : {}) },
    })
    return { ...user, collection: 'users' as const }
  }
  const admin = await make('admin', 'admin@kb.test')
  const editor = await make('editor', 'editor@kb.test')
  const reader = await make('reader', 'tool@kb.test', 'reader-api-key-0123456789')
  const jwt = async (email: string) => (await payload.login({ collection: 'users', data: { email, password: PASSWORD } })).token!
  return {
    anonymous: { name: 'anonymous', user: null, credentials: null },
    'api key': { name: 'api key', user: reader, credentials: { apiKey: 'reader-api-key-0123456789' } },
    editor: { name: 'editor', user: editor, credentials: { jwt: await jwt('editor@kb.test') } },
    admin: { name: 'admin', user: admin, credentials: { jwt: await jwt('admin@kb.test') } },
  }
}
