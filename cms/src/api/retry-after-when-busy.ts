import type { AfterErrorHook } from 'payload'
import { DatabaseBusyError } from '../db/durable-transactions.ts'

/** Seconds a client should wait before retrying a save the database could not take (RFC 9110 §10.2.3). */
export const RETRY_AFTER_SECONDS = 2

/** A 503 for a busy database carries `Retry-After`, so tools and the admin know to try again. */
export const retryAfterWhenBusy: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof DatabaseBusyError)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
}
