/**
 * How an agent uses a script line, read from the model's own stage and tone (no extra field):
 * a `reflect` line is self-talk for after the contact, never words for a customer; a
 * `lighthearted` line is light humour, for a customer who is already relaxed. Script pages,
 * script cards, SOP steps and the Markdown twins all label lines from here.
 */
import type { Script } from '@kb/content'

/** Shown instead of "Say this" above a `reflect` line. */
export const SELF_TALK_HEADING = 'For you, after the contact'

/** Says why a `reflect` line is not for the customer. */
export const SELF_TALK_NOTE = 'Self-talk: a line to say to yourself once the contact is over, not to the customer.'

/** Short badge text for a `lighthearted` line in a list. */
export const HUMOUR_BADGE = 'Light humour: only when the customer is relaxed'

/** Says when a `lighthearted` line fits, and when it does not. */
export const HUMOUR_NOTE = 'Light humour: only when the customer is relaxed and the issue is settled. Never with an annoyed or upset customer.'

/**
 * `audience`: `customer` for a line to say, `self` for self-talk after the contact.
 * `heading`: what stands above the line ("Say this" or `SELF_TALK_HEADING`).
 * `notes`: cautions to show with the line, in order (self-talk, then humour).
 * `humour`: the line is a joke (tone `lighthearted`).
 */
export interface LineUse {
  audience: 'customer' | 'self'
  heading: string
  notes: LineNote[]
  humour: boolean
}

/** One caution: `self` for self-talk, `humour` for a joke, with the sentence to show. */
export interface LineNote {
  kind: 'self' | 'humour'
  text: string
}

/** How a line is used, from its stage and tone. */
export function lineUse(script: Pick<Script, 'stage' | 'tone'>): LineUse {
  const self = script.stage === 'reflect'
  const humour = script.tone === 'lighthearted'
  return {
    audience: self ? 'self' : 'customer',
    heading: self ? SELF_TALK_HEADING : 'Say this',
    notes: [
      ...(self ? [{ kind: 'self' as const, text: SELF_TALK_NOTE }] : []),
      ...(humour ? [{ kind: 'humour' as const, text: HUMOUR_NOTE }] : []),
    ],
    humour,
  }
}
