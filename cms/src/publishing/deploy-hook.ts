/**
 * For teams that deploy elsewhere: POSTs `{ event: 'site-rebuilt', reasons, at }` to
 * `SITE_DEPLOY_HOOK_URL` after a good build. Throws when the hook cannot be reached or answers
 * with a non-2xx status: a refusal counts as a failed publish (the job is retried).
 */
export async function callDeployHook(reasons: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const url = env.SITE_DEPLOY_HOOK_URL?.trim()
  if (!url) return
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'site-rebuilt', reasons, at: new Date().toISOString() }),
  }).catch((error: Error) => {
    throw new Error(`the deploy hook ${url} could not be reached: ${error.message}`)
  })
  if (!response.ok) throw new Error(`the deploy hook ${url} answered ${response.status}`)
}
