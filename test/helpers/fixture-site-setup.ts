/**
 * `globalSetup` of the build and browser projects: the fixture site is prepared and built once
 * per test run, in a child process (fixture-site-process.ts), and `provide`d to every test file
 * as `fixtureSite` (read it with `fixtureSite()` from fixture-site.ts). Each project that lists
 * this file shares the one build; the last project's teardown drops the database and the build.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import type { FixtureSite } from './fixture-site.ts'

/** The one preparation of this test run, shared by every project that lists this setup. */
interface Shared {
  ready: Promise<FixtureSite>
  child: ChildProcess
  users: number
}

const KEY = Symbol.for('kb.fixtureSite')
const holder = globalThis as typeof globalThis & { [KEY]?: Shared }

/** Starts the child that prepares and builds the fixture site; resolves with what it sends. */
function start(): Shared {
  const child = fork(fileURLToPath(new URL('./fixture-site-process.ts', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const ready = new Promise<FixtureSite>((resolve, reject) => {
    child.on('message', (message: { site?: FixtureSite; error?: string }) => {
      if (message.site) resolve(message.site)
      else reject(new Error(message.error ?? 'the fixture site process sent nothing useful'))
    })
    child.on('exit', (code) => reject(new Error(`the fixture site process exited (${code}) before the site was built`)))
    child.on('error', reject)
  })
  return { ready, child, users: 0 }
}

/** Stops the child, which then drops the fixture database and removes the build. */
function stop(shared: Shared): Promise<void> {
  if (shared.child.exitCode !== null || !shared.child.connected) return Promise.resolve()
  return new Promise((resolve) => {
    shared.child.once('exit', () => resolve())
    shared.child.disconnect()
  })
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (holder[KEY] ??= start())
  shared.users++
  const release = async () => {
    if (--shared.users > 0) return
    delete holder[KEY]
    await stop(shared)
  }
  try {
    project.provide('fixtureSite', await shared.ready)
  } catch (error) {
    await release()
    throw error
  }
  return release
}
