/** How the site labels a line: words for the customer, self-talk after the contact, or light humour. */
import { describe, expect, it } from 'vitest'
import { HUMOUR_NOTE, lineUse, SELF_TALK_HEADING, SELF_TALK_NOTE } from '../../site/src/lib/line-use.ts'

describe('how a line is presented', () => {
  it('presents an ordinary line as words to say to the customer, with no caution', () => {
    expect(lineUse({ stage: 'acknowledge', tone: 'warm' })).toEqual({ audience: 'customer', heading: 'Say this', notes: [], humour: false })
  })

  it('presents a reflect line as self-talk "For you, after the contact", never as a line to say', () => {
    const use = lineUse({ stage: 'reflect', tone: 'calm' })
    expect(use.audience).toBe('self')
    expect(use.heading).toBe(SELF_TALK_HEADING)
    expect(SELF_TALK_HEADING).toBe('For you, after the contact')
    expect(use.notes).toEqual([{ kind: 'self', text: SELF_TALK_NOTE }])
  })

  it('marks a lighthearted line as light humour for a relaxed customer only', () => {
    const use = lineUse({ stage: 'close', tone: 'lighthearted' })
    expect(use).toMatchObject({ audience: 'customer', heading: 'Say this', humour: true })
    expect(use.notes).toEqual([{ kind: 'humour', text: HUMOUR_NOTE }])
    expect(HUMOUR_NOTE).toMatch(/only when the customer is relaxed/)
  })
})
