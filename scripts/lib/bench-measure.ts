import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Files and bytes under a folder, counted recursively (symbolic links are not followed). */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      const inner = folderSize(path)
      files += inner.files
      bytes += inner.bytes
    } else if (entry.isFile()) {
      files += 1
      bytes += statSync(path).size
    }
  }
  return { files, bytes }
}

/** Parent pid and resident set size (bytes) of every process /proc shows; Linux only. */
function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8')
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0)
      const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024
      table.set(Number(name), { ppid, rss })
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table
}

/** Summed RSS of every descendant of `root` (not `root` itself) right now. */
function descendantsRss(root: number): number {
  const table = processTable()
  const children = new Map<number, number[]>()
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  let total = 0
  const stack = [...(children.get(root) ?? [])]
  while (stack.length > 0) {
    const pid = stack.pop()!
    total += table.get(pid)?.rss ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/**
 * Runs `work` while sampling the summed RSS of this process's descendants (the build's pnpm,
 * Astro and Pagefind processes) every `everyMs`; returns its result and the highest sample.
 * Sampling misses spikes shorter than the interval and double-counts shared pages: a rough peak.
 */
export async function withPeakChildRss<T>(work: () => Promise<T>, everyMs = 100): Promise<{ result: T; peakBytes: number | undefined }> {
  let peak = 0
  let sampled = false
  const sample = () => {
    try {
      peak = Math.max(peak, descendantsRss(process.pid))
      sampled = true
    } catch {
      // No /proc here: no peak.
    }
  }
  const timer = setInterval(sample, everyMs)
  try {
    const result = await work()
    return { result, peakBytes: sampled ? peak : undefined }
  } finally {
    clearInterval(timer)
  }
}
