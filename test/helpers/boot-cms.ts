import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import configPromise from '@kb/cms/config'
import { forgetCachedPayload } from './payload-cache.ts'

export interface BootedCms {
  payload: Payload
  config: SanitizedConfig
  /** Closes the database connection; the `int` setup file then drops the database. */
  close: () => Promise<void>
}

/**
 * Boots Payload, with the committed migrations applied, on the throwaway database the `int`
 * project's setup file made for this test file. Call once per file, in `beforeAll`.
 */
export async function bootCms(): Promise<BootedCms> {
  forgetCachedPayload()
  const config = await configPromise
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    close: async () => {
      // destroy() forgets the schema but leaves connections open. PostgreSQL's pool may still hold
      // a client (pool.end() would wait for it), so its connections are ended by the database
      // drop that follows; their "terminated" events are expected and silenced here.
      const db = payload.db as unknown as { pool?: { on: (event: 'error', listener: () => void) => void }; client?: { close?: () => void } }
      await payload.destroy()
      db.pool?.on('error', () => {})
      db.client?.close?.()
      forgetCachedPayload()
    },
  }
}
