import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { newBuildWorkDir } from './astro-command.ts'
import type { BuiltKind, SiteBuildAnswer, SiteBuildRequest } from './site-build-process.ts'

/**
 * A build process is retired after this many full builds, or once it has grown past this many
 * bytes: Node never unloads a module, and each full build imports its own server chunks (a
 * content-only republish imports none).
 */
const MAX_BUILDS = 25
const MAX_RSS_BYTES = 1.5 * 1024 ** 3
/**
 * An idle build process exits after this long (milliseconds), giving its memory back, unless the
 * process that started it asked to keep it (`prewarmSiteBuilder`).
 */
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
/** Set by a process whose job is building (the site worker): its build process never idles out. */
let stayWarm = false
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
  // A process that could not be started, whose channel broke or that exited is never used again;
  // the build waiting on it learns why from `ready` or from its own listeners.
  const forget = () => {
    if (current === builder) current = undefined
  }
  child.on('error', forget)
  child.once('exit', forget)
  builder.ready = new Promise<void>((resolve, reject) => {
    const onMessage = (message: { ready?: boolean }) => {
      if (!message.ready) return
      child.off('message', onMessage)
      resolve()
    }
    child.on('message', onMessage)
    child.once('error', (error) => reject(new Error(`the site build process could not be started: ${error.message}`)))
    child.once('exit', (code, signal) => reject(new Error(`the site build process exited (${signal ?? code}) while starting:\n${tail(builder.output)}`)))
  })
  builder.ready.catch(() => undefined)
  idle(builder)
  return builder
}

/**
 * Lets this process exit while the build process waits (a script that has finished its builds
 * exits; the build process then sees its channel close and exits too), and starts the idle timer.
 */
function idle(builder: BuildProcess): void {
  holdOpen(builder, false)
  if (stayWarm) return
  builder.idle = setTimeout(() => retire(builder), IDLE_MS)
  builder.idle.unref()
}

/** Whether the child, its channel and its output streams keep this process running (they do while a build waits or runs). */
function holdOpen({ child, idle }: BuildProcess, hold: boolean): void {
  clearTimeout(idle)
  const handles = [child, child.channel, child.stdout, child.stderr] as ({ ref?: () => void; unref?: () => void } | null | undefined)[]
  for (const handle of handles) (hold ? handle?.ref : handle?.unref)?.call(handle)
}

function retire(builder: BuildProcess): void {
  if (current === builder) current = undefined
  if (builder.child.connected) builder.child.disconnect()
}

/**
 * A finished build: Astro's output, whether it was a full build or a content-only republish (with
 * its steps), and how long precompression went on after it (milliseconds).
 */
export type WarmBuild = { output: string; compressMs: number } & BuiltKind

/** Sends one build to `builder` and waits for its answer or its death; `cleanUp` removes its working folder either way. */
function buildIn(builder: BuildProcess, request: SiteBuildRequest, cleanUp: () => void): Promise<WarmBuild> {
  return new Promise((resolve, reject) => {
    const { child } = builder
    const settle = (error: Error | undefined, built: BuiltKind & { compressMs: number } = { kind: 'full', compressMs: 0 }) => {
      child.off('message', onMessage)
      child.off('exit', onExit)
      child.off('error', onError)
      cleanUp()
      if (current === builder) idle(builder)
      if (error) reject(error)
      else resolve({ output: builder.output, ...built })
    }
    const onMessage = (answer: SiteBuildAnswer) => {
      if (answer.id !== request.id) return
      if (!answer.ok || answer.kind === 'full') builder.builds++
      // A failed build may leave Astro or Vite holding state; the next build gets a fresh process.
      // A process that loaded site code since changed must not republish with it: the next build gets a new one.
      if (!answer.ok || builder.builds >= MAX_BUILDS || answer.rss > MAX_RSS_BYTES || (answer.kind === 'full' && answer.retire)) retire(builder)
      if (answer.ok) {
        const { id: _id, ok: _ok, rss: _rss, ...built } = answer
        settle(undefined, built)
      }
      else settle(new Error(`the site build failed: ${answer.error}\n${tail(builder.output)}`))
    }
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      settle(new Error(`the site build process exited (${signal ?? code}) during the build:\n${tail(builder.output)}`))
    const onError = (error: Error) => settle(new Error(`the site build process stopped answering: ${error.message}`))
    child.on('message', onMessage)
    child.once('exit', onExit)
    child.once('error', onError)
    builder.output = ''
    // A process that failed to start or lost its channel is no longer connected.
    if (!child.connected) return onError(new Error('its channel is closed'))
    child.send(request, (error) => {
      if (error) onError(error)
    })
  })
}

/**
 * Starts the build process ahead of the first build (a worker does, so its first publish does not
 * wait for Astro to load). Optional: `warmAstroBuild` starts one when none runs. `stay`: keep it
 * however long no build comes (the site worker): a process that idled out takes its last full
 * build with it, and the next publish is a full build again instead of a content-only republish.
 * Resolves once the process is ready; never rejects (a process that failed to start fails the
 * build that needs it, with the reason).
 */
export function prewarmSiteBuilder({ stay = false }: { stay?: boolean } = {}): Promise<void> {
  stayWarm ||= stay
  current ??= start()
  return current.ready.catch(() => undefined)
}

/**
 * Builds the site into `outDir` with the environment `env` (the whole of it, as a child process
 * would get) in the long-lived build process (`site-build-process.ts`), which is started on first
 * use; replaced when it dies, fails a build, has grown, or loaded site code that has since
 * changed; and leaves on its own after 10 idle minutes (unless `prewarmSiteBuilder({ stay: true })`).
 * Builds run one at a time, each from a working folder of its own in `site/.build-work/`. After its
 * first full build, the process republishes only changed content where it can
 * (site/src/republish/republish.ts); `full` asks for a full `astro build` anyway. Resolves with
 * Astro's output and the kind of build; rejects with the error and the end of the output when the
 * build fails or the process dies during it (the next build then starts a new process).
 */
export function warmAstroBuild(outDir: string, env: NodeJS.ProcessEnv, { full = false, precompress }: Pick<SiteBuildRequest, 'precompress'> & { full?: boolean } = {}): Promise<WarmBuild> {
  const run = queue.then(async () => {
    const builder = (current ??= start())
    holdOpen(builder, true)
    try {
      await builder.ready
    } catch (error) {
      if (current === builder) current = undefined
      throw error
    }
    const work = newBuildWorkDir()
    return buildIn(builder, { id: nextId++, outDir, workDir: work.cwd, env: definedOnly(env), full, ...(precompress ? { precompress } : {}) }, work.cleanUp)
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
