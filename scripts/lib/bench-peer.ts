/**
 * The site against its peer, Starlight (bench/starlight/), on the same content in one run: full
 * build times, interleaved, and the cold first search result in headless Chromium. Used by
 * `pnpm bench:site` (scripts/bench-site.ts), which writes the figures into bench/site.md.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Library } from '@kb/content'
import { astroBuildCommand, buildSite, librarySource, prewarmSiteBuilder, SITE_DIR } from '@kb/cms/publishing'
import { launchBrowser } from '../../test/helpers/browser.ts'
import { coldFirstResult, oursTarget, starlightTarget, type ColdFirstResult, type SearchTarget } from './bench-first-result.ts'
import { seedDatabase } from './bench-seed.ts'
import { STARLIGHT_DOCS, writeStarlightContent } from './starlight-content.ts'
import { serveFolderInProcess } from './site-server-process.ts'

const STARLIGHT_DIR = join(STARLIGHT_DOCS, '../../..')

export interface PeerBuilds {
  ours: number[]
  starlight: number[]
  starlightEmptySidebar: number[]
  /** Pages written for Starlight, its home page included. */
  starlightPages: number
}

export interface PeerSearch {
  queries: string[]
  ours: ColdFirstResult[]
  starlight: ColdFirstResult[]
}

/** Astro's cache (the content layer's data store among it): removed so every build is a full one. */
const clearAstroCache = (packageDir: string) => rmSync(join(packageDir, 'node_modules/.astro'), { recursive: true, force: true })

function astroBuild(root: string, outDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // Started as the site worker starts its builds.
    const astro = astroBuildCommand(outDir, root)
    const child = spawn(astro.command, astro.args, { cwd: astro.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      astro.cleanUp()
      if (code === 0) resolve()
      else reject(new Error(`Starlight build failed (exit ${code}):\n${output.slice(-3000)}`))
    })
  })
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/**
 * Seeds `library` for the site and writes it as Starlight content, then runs `runs` rounds of
 * three full builds (ours with `buildSite`, Starlight as configured, Starlight with an empty
 * sidebar; ours first in odd rounds, last in even ones), each after clearing its package's Astro
 * cache and flushing pending disk writes. Keeps the last build of ours and of
 * default Starlight in `dir` for the search comparison; returns their folders and the wall times (ms).
 * Ours reads the published library from a CMS opened once before the rounds, and builds in a build
 * process started before them, as the site worker starts both when it starts (site-worker.ts).
 */
export async function comparePeerBuilds(dir: string, library: Library, runs: number, log: (line: string) => void): Promise<{ builds: PeerBuilds; oursDir: string; starlightDir: string }> {
  seedDatabase(dir, library)
  const starlightPages = writeStarlightContent(library)
  const database = { ...process.env, DATABASE_URL: `file:${join(dir, 'kb.db')}`, KB_DATA_DIR: dir, KB_SITE_OUTPUT: join(dir, 'site') }
  // The CMS is open before the builds, as in the site worker, which serves the published library
  // to each of its builds: Starlight's content, likewise, is on disk before its builds.
  const cms = await librarySource(database)
  await prewarmSiteBuilder()
  try {
    return await interleavedBuilds({ ...database, ...cms.env }, starlightPages, runs, dir, log)
  } finally {
    await cms.close()
  }
}

async function interleavedBuilds(env: NodeJS.ProcessEnv, starlightPages: number, runs: number, dir: string, log: (line: string) => void) {
  const builds: PeerBuilds = { ours: [], starlight: [], starlightEmptySidebar: [], starlightPages }
  let oursDir = ''
  const starlightDir = join(dir, 'starlight')
  const emptyDir = join(dir, 'starlight-empty')
  const ours = async () => {
    clearAstroCache(SITE_DIR)
    builds.ours.push(await timed(async () => (oursDir = (await buildSite({ env, stamp: 'bench', full: true })).dir)))
  }
  const starlight = (sidebar: string, out: string, times: number[]) => async () => {
    clearAstroCache(STARLIGHT_DIR)
    rmSync(out, { recursive: true, force: true })
    times.push(await timed(() => astroBuild(STARLIGHT_DIR, out, { ...process.env, STARLIGHT_SIDEBAR: sidebar })))
    if (!existsSync(join(out, 'pagefind'))) throw new Error(`the Starlight build in ${out} has no Pagefind index`)
  }
  const order = [ours, starlight('default', starlightDir, builds.starlight), starlight('empty', emptyDir, builds.starlightEmptySidebar)]
  for (let run = 1; run <= runs; run++) {
    // Which build goes first takes turns: the first after seeding shares the machine with the
    // writing back of what seeding wrote, and a first build warms the disk cache for the next.
    for (const build of run % 2 === 1 ? order : [...order.slice(1), order[0]!]) {
      flushWrites()
      await build()
    }
    log(`run ${run}/${runs}: ours ${(builds.ours.at(-1)! / 1000).toFixed(1)} s, Starlight ${(builds.starlight.at(-1)! / 1000).toFixed(1)} s, ` +
      `Starlight with an empty sidebar ${(builds.starlightEmptySidebar.at(-1)! / 1000).toFixed(1)} s`)
  }
  return { builds, oursDir, starlightDir }
}

/** Writes what the system holds for the disks (`sync`, where there is one), so no build pays for an earlier one's writes. */
function flushWrites(): void {
  spawnSync('sync', { stdio: 'ignore' })
}

/**
 * Serves both builds with the site's own static server on loopback, each from a process of its
 * own (site-server-process.ts), and measures each query cold
 * on both (`coldFirstResult`) `repeats` times, alternating which goes first, after one uncounted
 * search on each; keeps each query's median sample per side.
 */
export async function comparePeerSearch(oursDir: string, starlightDir: string, queries: string[], log: (line: string) => void, repeats = 3): Promise<PeerSearch> {
  const started = await Promise.allSettled([serveFolderInProcess(oursDir), serveFolderInProcess(starlightDir)])
  const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined
  try {
    const failed = started.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
    browser = await launchBrowser()
    const targets: SearchTarget[] = [oursTarget(servers[0]!.origin), starlightTarget(servers[1]!.origin)]
    const result: PeerSearch = { queries, ours: [], starlight: [] }
    // One search on each, not counted: the first page a fresh browser opens pays for starting its
    // renderer and network processes, and would count against whichever side went first.
    for (const target of targets) await coldFirstResult(browser, target, queries[0]!)
    for (const [index, query] of queries.entries()) {
      const samples = new Map<string, ColdFirstResult[]>(targets.map((target) => [target.name, []]))
      for (let repeat = 0; repeat < repeats; repeat++) {
        for (const target of (index + repeat) % 2 === 0 ? targets : [...targets].reverse()) samples.get(target.name)!.push(await coldFirstResult(browser, target, query))
      }
      for (const [name, measured] of samples) {
        const middle = [...measured].sort((x, y) => x.ms - y.ms)[Math.floor(measured.length / 2)]!
        ;(name === 'ours' ? result.ours : result.starlight).push(middle)
        log(`"${query}" on ${name}: ${measured.map((m) => m.ms.toFixed(0)).join(', ')} ms; median ${middle.ms.toFixed(0)} ms, ${(middle.bytes / 1000).toFixed(0)} KB in ${middle.requests} requests`)
      }
    }
    return result
  } finally {
    await browser?.close()
    await Promise.all(servers.map((server) => server.close()))
  }
}

/** A fresh folder for one comparison; the caller removes it. */
export const peerFolder = () => mkdtempSync(join(tmpdir(), 'kb-bench-peer-'))
