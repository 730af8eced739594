/**
 * Coalesces rebuild requests: requests that arrive while one is waiting or building are folded
 * into at most one more build, and two builds never run at once. The build itself is injected,
 * so the scheduling can be tested without building anything.
 */
export interface RebuildOutcome {
  ok: boolean
  /** Why the build failed, for the log and the admin. */
  error?: string
  durationMs: number
  reasons: string[]
}

export interface SchedulerOptions {
  build: (reasons: string[]) => Promise<void>
  /** Called after every build, good or bad. */
  onSettled?: (outcome: RebuildOutcome) => void | Promise<void>
  /** How long to wait for more requests before starting (publishes often come in bursts). */
  debounceMs?: number
}

export class RebuildScheduler {
  /** Requests whose `ready` has not settled yet (e.g. their transaction has not committed). */
  private pending = 0
  /** Reasons that are ready to build; the next build takes all of them. */
  private waiting: string[] = []
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private readonly idleWaiters: (() => void)[] = []

  private readonly options: SchedulerOptions

  constructor(options: SchedulerOptions) {
    this.options = options
  }

  /**
   * Asks for a rebuild; returns at once. `ready` resolves when it is safe to read the change
   * (e.g. committed): until then the request stays pending and no build takes it, so a build
   * that is already running cannot swallow a change it could not see yet.
   */
  request(reason: string, ready: Promise<unknown> = Promise.resolve()): void {
    this.pending++
    const settle = () => {
      this.pending--
      this.waiting.push(reason)
      this.arm()
    }
    void ready.then(settle, settle)
  }

  /** True while a request is pending, or a build is waiting or running. */
  get busy(): boolean {
    return this.pending > 0 || this.running !== undefined || this.timer !== undefined || this.waiting.length > 0
  }

  /** Resolves once nothing is pending, waiting or building (tests and shutdown use it). */
  idle(): Promise<void> {
    return this.busy ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve()
  }

  private arm(): void {
    if (this.running || this.timer || this.waiting.length === 0) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.running = this.runOnce().finally(() => {
        this.running = undefined
        // Whatever became ready during the build gets a build of its own.
        this.arm()
        if (!this.busy) this.idleWaiters.splice(0).forEach((resolve) => resolve())
      })
    }, this.options.debounceMs ?? 250)
  }

  private async runOnce(): Promise<void> {
    const reasons = this.waiting.splice(0)
    const started = Date.now()
    let outcome: RebuildOutcome
    try {
      await this.options.build(reasons)
      outcome = { ok: true, durationMs: Date.now() - started, reasons }
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error), durationMs: Date.now() - started, reasons }
    }
    try {
      await this.options.onSettled?.(outcome)
    } catch {
      // Reporting must never stop the next build.
    }
  }
}
