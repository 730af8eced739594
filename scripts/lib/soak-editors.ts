/**
 * The workload of `pnpm bench:soak`: editors saving drafts, editing and publishing their own
 * empathy scripts through REST, each keeping a ledger of what the CMS acknowledged, so the
 * benchmark can compare it with what is stored afterwards.
 */

export interface SoakCounts {
  attempted: number
  acknowledged: number
  /** 503 "busy, try again": refused honestly, not lost. */
  refusedBusy: number
  /** 409/412: refused as a conflict. */
  refusedConflict: number
  /** Any other answer (4xx/5xx) or a network error. */
  failed: number
  latenciesMs: number[]
}

/** What the CMS said it stored for one script: its id and the line the newest acknowledged save wrote. */
export type Ledger = Map<number, string>

export interface Editor {
  token: string
  situation: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function emptyCounts(): SoakCounts {
  return { attempted: 0, acknowledged: 0, refusedBusy: 0, refusedConflict: 0, failed: 0, latenciesMs: [] }
}

/**
 * Runs one editor until `deadline` (ms since epoch): creates draft scripts, edits their line
 * (drafts), and now and then publishes one, which rebuilds the site. Sequential per editor, so
 * the newest acknowledged line of each script is the one that must be stored.
 */
export async function runEditor(cmsUrl: string, editor: Editor, tag: string, deadline: number, ledger: Ledger, counts: SoakCounts): Promise<void> {
  const headers = { 'content-type': 'application/json', authorization: `JWT ${editor.token}` }
  const mine: number[] = []
  let n = 0
  const save = async (method: 'POST' | 'PATCH', path: string, body: Record<string, unknown>): Promise<{ id: number } | undefined> => {
    counts.attempted++
    const started = performance.now()
    try {
      const response = await fetch(`${cmsUrl}/api/${path}`, { method, headers, body: JSON.stringify(body) })
      counts.latenciesMs.push(performance.now() - started)
      const json = (await response.json().catch(() => ({}))) as { doc?: { id: number } }
      if (response.ok && json.doc) {
        counts.acknowledged++
        return json.doc
      }
      if (response.status === 503) counts.refusedBusy++
      else if (response.status === 409 || response.status === 412) counts.refusedConflict++
      else counts.failed++
    } catch {
      counts.failed++
    }
    return undefined
  }
  while (Date.now() < deadline) {
    n++
    const line = `Soak line ${tag} number ${n}, {customerName}.`
    const roll = Math.random()
    if (mine.length === 0 || roll < 0.2) {
      const doc = await save('POST', 'empathy-scripts?draft=true', {
        title: `Soak ${tag} ${n}`, line, situations: [editor.situation], stage: 'acknowledge', channels: ['phone'], tone: 'warm',
        why: 'Written by the soak benchmark.', review: { owner: 'Soak', lastReviewed: '2026-11-01', reviewIntervalDays: 180 }, _status: 'draft',
      })
      if (doc) {
        mine.push(doc.id)
        ledger.set(doc.id, line)
      }
    } else {
      const id = mine[Math.floor(Math.random() * mine.length)]!
      const publish = roll > 0.85
      const doc = await save('PATCH', `empathy-scripts/${id}${publish ? '' : '?draft=true'}`, publish ? { line, _status: 'published' } : { line })
      if (doc) ledger.set(id, line)
    }
    await sleep(50 + Math.random() * 150) // think time between saves
  }
}

/** The scripts whose stored line (newest version, drafts included) is not the acknowledged one. */
export async function findLost(cmsUrl: string, adminToken: string, ledger: Ledger): Promise<number[]> {
  const lost: number[] = []
  const headers = { authorization: `JWT ${adminToken}` }
  for (const [id, line] of ledger) {
    const response = await fetch(`${cmsUrl}/api/empathy-scripts/${id}?draft=true&depth=0`, { headers })
    const doc = response.ok ? ((await response.json()) as { line?: string }) : undefined
    if (doc?.line !== line) lost.push(id)
  }
  return lost
}
