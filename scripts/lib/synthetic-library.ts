import { CHANNELS, STAGES, TONES, type Library, type Script } from '@kb/content'

const WORDS = ('account adjust answer apology balance billing callback cancel charge check confirm courier credit delay delivery ' +
  'detail discount email escalate estimate explain faulty follow guarantee help invoice issue manager option order outage ' +
  'package parcel payment plan policy priority promise receipt record refund replace request resolve schedule service ' +
  'shipment status subscription support ticket timeline tracking transfer update upgrade voucher warranty').split(' ')

/** A deterministic pseudo-random sequence, so every benchmark run builds the same library. */
function sequence(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

/**
 * The real library plus `count` synthetic scripts spread over every situation, stage and channel,
 * for benchmarks that need 1,000 or 10,000 entries. Synthetic lines are word salad, but real-sized.
 */
/** Stages where the library allows a light-hearted line. */
const LIGHT_STAGES = new Set<string>(['resolve', 'close', 'follow-up'])

export function withSyntheticScripts(library: Library, count: number): Library {
  const random = sequence(42)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const review = { owner: 'Benchmark', lastReviewed: '2026-11-01', reviewIntervalDays: 365 }
  const scripts: Script[] = Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 14 + Math.floor(random() * 10) }, () => pick(WORDS))
    const stage = pick(STAGES).value
    const tone = pick(TONES).value
    return {
      slug: `synthetic-${String(i + 1).padStart(5, '0')}`,
      title: `Synthetic ${words.slice(0, 3).join(' ')} ${i + 1}`,
      // The library's rules: a reflect line is self-talk (no customer placeholder), and a
      // light-hearted line belongs only once the issue is under control.
      line: stage === 'reflect' ? `${words.join(' ')}.` : `${words.join(' ')}, {customerName}.`,
      situations: [pick(library.situations).slug],
      stage,
      channels: [pick(CHANNELS).value],
      tone: tone === 'lighthearted' && !LIGHT_STAGES.has(stage) ? 'calm' : tone,
      why: `Synthetic entry ${i + 1} for load measurements.`,
      strategies: [pick(library.strategies).slug],
      aliases: [],
      review,
    }
  })
  return { ...library, scripts: [...library.scripts, ...scripts] }
}
