import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { SiteBuildAnswer, SiteBuildRequest } from './site-build-process.ts'

/**
 * A build process is retired after this many builds, or once it has grown past this many bytes:
 * Node never unloads a module, and each build imports its own server chunks.
 */
const MAX_BUILDS = 25
const MAX_RSS_BYTES = 1.5 * 1024 ** 3
/** An idle build process exits after this long (milliseconds), giving its memory back. */
const IDLE_MS = 10 * 60_000
/** The end of a failed build's output that its error quotes, in lines. */
const TAIL_LINES = 25

interface BuildProcess {
  child: ChildProcess
  ready: Promise<void>
  builds: number
  /** Astro's output since the current build began. */
  output: string
  idle?: NodeJS.Timeout
}

let current: BuildProcess | undefined
/** Builds run one at a time, in the order asked. */
let queue: Promise<unknown> = Promise.resolve()
let nextId = 1

function start(): BuildProcess {
  const child = fork(fileURLToPath(new URL('./site-build-process.ts', import.meta.url)), [], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // Not this process's preloads: `pnpm start` preloads exit-with-parent.ts into the worker, which
    // unrefs the IPC channel, and a build process whose channel does not hold it open exits at once.
    execArgv: [],
  })
  const builder: BuildProcess = { child, builds: 0, output: '', ready: Promise.resolve() }
  const keep = (chunk: Buffer) => {
    builder.output += chunk.toString()
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  builder.ready = new Promise<void>((resolve, reject) => {
    const onMessage = (message: { ready?: boolean }) => {
      if (!message.ready) return
      child.off('message', onMessage)
      resolve()
    }
    child.on('message', onMessage)
    child.once('exit', (code, signal) => reject(new Error(`the site build process exited (${signal ?? code}) while starting:\n${tail(builder.output)}`)))
  })
  builder.ready.catch(() => undefined)
  child.once('exit', () => {
    if (current === builder) current = undefined
  })
  // A script that has finished its builds may exit while the build process idles; it then sees the
  // IPC channel close and exits too.
  idle(builder)
  return builder
}

/** Lets the parent exit and starts the idle timer. */
function idle(builder: BuildProcess): void {
  builder.child.unref()
  builder.child.channel?.unref()
  for (const stream of [builder.child.stdout, builder.child.stderr]) (stream as { unref?: () => void } | null)?.unref?.()
  builder.idle = setTimeout(() => retire(builder), IDLE_MS)
  builder.idle.unref()
}

/** Keeps the parent alive while a build runs. */
function busy(builder: BuildProcess): void {
  clearTimeout(builder.idle)
  builder.child.ref()
  builder.child.channel?.ref()
  for (const stream of [builder.child.stdout, builder.child.stderr]) (stream as { ref?: () => void } | null)?.ref?.()
}

function retire(builder: BuildProcess): void {
  if (current === builder) current = undefined
  if (builder.child.connected) builder.child.disconnect()
}

/** Sends one build to `builder` and waits for its answer or its death. */
function buildIn(builder: BuildProcess, request: SiteBuildRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    const { child } = builder
    const onMessage = (answer: SiteBuildAnswer) => {
      if (answer.id !== request.id) return
      done()
      const output = builder.output
      if (answer.ok) resolve(output)
      else reject(new Error(`the site build failed: ${answer.error}\n${tail(output)}`))
      if (++builder.builds >= MAX_BUILDS || answer.rss > MAX_RSS_BYTES) retire(builder)
    }
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      done()
      reject(new Error(`the site build process exited (${signal ?? code}) during the build:\n${tail(builder.output)}`))
    }
    const done = () => {
      child.off('message', onMessage)
      child.off('exit', onExit)
      if (current === builder) idle(builder)
    }
    child.on('message', onMessage)
    child.once('exit', onExit)
    busy(builder)
    builder.output = ''
    child.send(request)
  })
}

/**
 * Starts the build process ahead of the first build (a worker does, so its first publish is
 * warm). Optional: `warmAstroBuild` starts one when none runs.
 */
export function prewarmSiteBuilder(): void {
  current ??= start()
}

/**
 * Builds the site into `outDir` with the environment `env` (the whole of it, as a child process
 * would get) in the long-lived build process (`site-build-process.ts`), which is started on first
 * use, replaced when it dies or has grown, and leaves on its own after 10 idle minutes. Builds run
 * one at a time. Resolves with Astro's output; rejects with the end of it when the build fails or
 * the process dies during it (the next build then starts a new process).
 */
export function warmAstroBuild(outDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const request: SiteBuildRequest = { id: nextId++, outDir, env: definedOnly(env) }
  const run = queue.then(async () => {
    const builder = (current ??= start())
    await builder.ready.catch((error: Error) => {
      if (current === builder) current = undefined
      throw error
    })
    return buildIn(builder, request)
  })
  queue = run.catch(() => undefined)
  return run
}

/** The process id of the build process, while one runs (tests stop it to check recovery). */
export function siteBuildProcessId(): number | undefined {
  return current?.child.pid
}

function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined))
}

const tail = (text: string) => text.trim().split('\n').slice(-TAIL_LINES).join('\n')
