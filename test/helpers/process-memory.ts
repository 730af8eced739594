import { readFileSync } from 'node:fs'

/** A process's resident memory (VmRSS in `/proc/<pid>/status`, Linux), in bytes. Throws when the process is gone. */
export function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  if (!match) throw new Error(`/proc/${pid}/status has no VmRSS line`)
  return Number(match[1]) * 1024
}

/**
 * Runs `work` while reading process `pid`'s resident memory every 20 ms; resolves with what `work`
 * resolved with and the highest reading, in bytes (a process that died reads as Infinity).
 */
export async function peakRssDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = rssBytes(pid)
  const read = () => {
    try {
      peak = Math.max(peak, rssBytes(pid))
    } catch {
      peak = Number.POSITIVE_INFINITY
    }
  }
  const timer = setInterval(read, 20)
  try {
    const result = await work()
    read()
    return { result, peak }
  } finally {
    clearInterval(timer)
  }
}

export const MB = 1024 * 1024
