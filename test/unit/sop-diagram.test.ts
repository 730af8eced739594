/**
 * The SOP flow diagram, drawn at build time from the steps: a box per step, a labelled arrow per
 * branch, rounded end boxes for outcomes, escaped text, and loops back up that still draw.
 */
import { describe, expect, it } from 'vitest'
import type { Step } from '@kb/content'
import { sopDiagram } from '../../site/src/lib/sop-diagram.ts'

const lateParcel: Step[] = [
  { key: 'apologize', kind: 'say', script: 'sorry-for-the-wait' },
  { key: 'check', kind: 'action', text: 'Look up the tracking record.' },
  {
    key: 'lost', kind: 'decision', question: 'Is the parcel lost?',
    branches: [
      { label: 'Yes', goto: 'offer' },
      { label: 'No', outcome: 'Give the new delivery date and close.' },
    ],
  },
  { key: 'offer', kind: 'say', script: 'two-ways-forward', text: 'Offer both, then act on the choice.' },
]

const draw = (steps: Step[]) => sopDiagram(steps, { title: 'Late parcel call', scriptTitle: (slug) => `Title of ${slug}` })
const count = (svg: string, pattern: RegExp) => [...svg.matchAll(pattern)].length
/** The words of an SVG fragment, its wrapped lines joined again. */
const textOf = (fragment: string) => [...fragment.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ')
/** The `<g>` element of each labelled edge, by its label. */
const labelledEdges = (svg: string) => [...svg.matchAll(/<g class="sd-edge[^"]*"[^>]*data-label="([^"]*)"[^>]*>(.*?)<\/g>/g)]

describe('the SOP flow diagram', () => {
  it('draws one box per step, in the order of the steps', () => {
    const svg = draw(lateParcel)
    const boxes = [...svg.matchAll(/<g class="sd-step sd-(\w+)" data-step="([^"]+)"/g)].map((m) => `${m[2]}:${m[1]}`)
    expect(boxes).toEqual(['apologize:say', 'check:action', 'lost:decision', 'offer:say'])
  })

  it('draws one edge per branch, labelled with the branch label', () => {
    const svg = draw(lateParcel)
    const branches = labelledEdges(svg).filter((m) => m[0].includes('sd-branch'))
    expect(branches.map((m) => m[1]).sort()).toEqual(['No', 'Yes'])
    for (const [, label, inner] of branches) expect(textOf(inner!)).toBe(label)
  })

  it('ends outcomes and the last step in rounded end boxes with their text', () => {
    const svg = draw(lateParcel)
    const ends = [...svg.matchAll(/<g class="sd-end" data-from="([^"]+)"><rect [^>]*rx="14"\/>(.*?)<\/g>/g)]
      .map(([, from, inner]) => `${from}: ${textOf(inner!)}`)
    expect(ends).toEqual(['lost: Ends Give the new delivery date and close.', 'offer: Ends End of the procedure.'])
  })

  it('escapes < and & in step text, labels and outcomes', () => {
    const svg = draw([
      { key: 'check', kind: 'action', text: 'Refund <50 & note it' },
      {
        key: 'ok', kind: 'decision', question: 'Amount < limit & approved?',
        branches: [{ label: 'Yes & <done>', outcome: 'Closed <fine> & done' }, { label: 'No', goto: 'check' }],
      },
    ])
    expect(svg).toContain('Refund &lt;50 &amp; note it')
    expect(svg).toContain('Yes &amp; &lt;done&gt;')
    expect(svg).toContain('&lt;fine&gt; &amp;')
    expect(svg).not.toMatch(/<(?!\/?(svg|title|desc|defs|marker|path|style|g|rect|text|tspan)[\s>/])/)
  })

  it('draws a branch that jumps back up to an earlier step', () => {
    const svg = draw([
      { key: 'during', kind: 'action', text: 'Check in with the customer every minute.' },
      { key: 'look', kind: 'action', text: 'Look it up.' },
      { key: 'found', kind: 'decision', question: 'Found it?', branches: [{ label: 'Not yet', goto: 'during' }, { label: 'Yes', outcome: 'Answer.' }] },
    ])
    const back = labelledEdges(svg).find((m) => m[1] === 'Not yet')
    expect(back?.[0]).toMatch(/data-from="found" data-to="during"/)
    expect(back?.[0]).toMatch(/<path d="M[\d. LM]+"/)
  })

  it('is an image with an accessible name and a summary of the flow', () => {
    const svg = draw(lateParcel)
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="sop-flow-title sop-flow-desc"/)
    expect(svg).toContain('<title id="sop-flow-title">Flow of “Late parcel call”</title>')
    expect(svg).toMatch(/<desc id="sop-flow-desc">4 steps top to bottom, 1 decision, 2 endings\./)
    expect(count(svg, /<marker /g)).toBe(1)
  })
})
