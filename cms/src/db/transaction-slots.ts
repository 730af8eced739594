/**
 * A first-come, first-served limit on how many database transactions this process runs at once.
 *
 * - SQLite allows one writer at a time, and the libsql driver runs statements synchronously on the
 *   event loop: two write transactions of one process cannot wait for each other (the waiting one
 *   would block the loop the holder needs to finish), so the second would fail at once with
 *   SQLITE_BUSY. One slot makes them take turns without blocking.
 * - On PostgreSQL, Payload runs a few queries of an open transaction outside it on another pool
 *   connection (e.g. `utilities/checkDocumentLockStatus.js` reads the document locks without
 *   `req`). If transactions held every pool connection, those queries would wait forever behind
 *   new transactions queued for one: the hang of issue 8.3. Fewer slots than connections keeps a
 *   reserve for them.
 */
export class TransactionSlots {
  private inUse = 0
  private readonly queue: (() => void)[] = []
  readonly capacity: number

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`a transaction limit must be a whole number of at least 1, not ${capacity}`)
    this.capacity = capacity
  }

  /**
   * Waits for a slot, up to `timeoutMs` milliseconds, and returns the function that frees it.
   * Throws `SlotTimeout` when the wait runs out (the caller answers "busy, try again").
   */
  async acquire(timeoutMs: number): Promise<() => void> {
    if (this.inUse < this.capacity) {
      this.inUse++
      return this.releaser()
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer)
        resolve(this.releaser())
      }
      const timer = setTimeout(() => {
        const index = this.queue.indexOf(grant)
        if (index >= 0) this.queue.splice(index, 1)
        reject(new SlotTimeout(timeoutMs))
      }, timeoutMs)
      this.queue.push(grant)
    })
  }

  /** How many callers are waiting for a slot. */
  get waiting(): number {
    return this.queue.length
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.queue.shift()
      if (next) next() // the slot passes straight to the next caller
      else this.inUse--
    }
  }
}

/** No slot was free within the wait a caller allowed. */
export class SlotTimeout extends Error {
  readonly timeoutMs: number

  constructor(timeoutMs: number) {
    super(`other saves held the database for more than ${timeoutMs} ms`)
    this.name = 'SlotTimeout'
    this.timeoutMs = timeoutMs
  }
}
