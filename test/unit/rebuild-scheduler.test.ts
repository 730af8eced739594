import { describe, expect, it } from 'vitest'
import { RebuildScheduler, type RebuildOutcome } from '@kb/cms/publishing'

/** A build that takes `ms` and records how many ran at once. */
function recordingBuild(ms: number, fail: (n: number) => boolean = () => false) {
  const state = { started: 0, concurrent: 0, maxConcurrent: 0, batches: [] as string[][] }
  const build = async (reasons: string[]) => {
    state.started++
    state.batches.push(reasons)
    state.concurrent++
    state.maxConcurrent = Math.max(state.maxConcurrent, state.concurrent)
    await new Promise((resolve) => setTimeout(resolve, ms))
    state.concurrent--
    if (fail(state.started)) throw new Error(`build ${state.started} broke`)
  }
  return { state, build }
}

describe('rebuild scheduler', () => {
  it('folds requests that arrive together into one build', async () => {
    const { state, build } = recordingBuild(5)
    const scheduler = new RebuildScheduler({ build, debounceMs: 20 })
    for (const n of [1, 2, 3, 4, 5]) scheduler.request(`publish ${n}`)
    await scheduler.idle()
    expect(state.batches).toEqual([['publish 1', 'publish 2', 'publish 3', 'publish 4', 'publish 5']])
  })

  it('never runs two builds at once, and runs one more for requests made during a build', async () => {
    const { state, build } = recordingBuild(60)
    const scheduler = new RebuildScheduler({ build, debounceMs: 5 })
    scheduler.request('first')
    await new Promise((resolve) => setTimeout(resolve, 20)) // now building
    scheduler.request('second')
    scheduler.request('third')
    await scheduler.idle()
    expect(state.maxConcurrent).toBe(1)
    expect(state.batches).toEqual([['first'], ['second', 'third']])
  })

  it('reports a failed build and still builds for the next request', async () => {
    const outcomes: RebuildOutcome[] = []
    const { state, build } = recordingBuild(1, (n) => n === 1)
    const scheduler = new RebuildScheduler({ build, debounceMs: 5, onSettled: (o) => void outcomes.push(o) })
    scheduler.request('broken')
    await scheduler.idle()
    scheduler.request('fixed')
    await scheduler.idle()
    expect(state.started).toBe(2)
    expect(outcomes.map((o) => [o.ok, o.error])).toEqual([[false, 'build 1 broke'], [true, undefined]])
  })

  it('waits until a request is ready (its change committed) before building', async () => {
    const { state, build } = recordingBuild(1)
    const scheduler = new RebuildScheduler({ build, debounceMs: 1 })
    let commit!: () => void
    scheduler.request('publish', new Promise<void>((resolve) => (commit = resolve)))
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(state.started).toBe(0)
    commit()
    await scheduler.idle()
    expect(state.started).toBe(1)
  })

  it('builds again for a change whose commit lands while a build is running', async () => {
    const { state, build } = recordingBuild(60)
    const scheduler = new RebuildScheduler({ build, debounceMs: 5 })
    let commitB!: () => void
    scheduler.request('A')
    scheduler.request('B', new Promise<void>((resolve) => (commitB = resolve)))
    await new Promise((resolve) => setTimeout(resolve, 20)) // now building A
    expect(state.batches).toEqual([['A']])
    commitB()
    await scheduler.idle()
    expect(state.maxConcurrent).toBe(1)
    expect(state.batches).toEqual([['A'], ['B']])
    expect(scheduler.busy).toBe(false)
  })
})
