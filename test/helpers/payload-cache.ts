/**
 * `getPayload` (which the REST handlers call too) caches its instance on `globalThis` for the life
 * of the worker process; forgetting it makes the next boot a fresh one. A module of its own so
 * helpers that must set the environment before importing the CMS config can use it.
 */
export function forgetCachedPayload(): void {
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.clear()
}
