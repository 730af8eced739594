/** Runs `work` when the browser is next idle (Safari has no requestIdleCallback: soon, then). Browser only. */
export const whenIdle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work())
  else setTimeout(work, 200)
}
