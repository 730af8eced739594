import type { Step } from '@kb/content'
import { END_OF_PROCEDURE, sopFlowView, type StepView } from './sop-flow-view.ts'

/**
 * The flow diagram of an SOP, drawn at build time as a small SVG string: one box per step in
 * order, top to bottom; arrows for the flow in order and for `next`; labelled arrows for
 * branches, routed in lanes along the left so they never cross a box; outcomes as rounded end
 * boxes on the right. Pure: no Astro, no DOM, no dependency. The page's numbered list stays the
 * accessible source of truth; the SVG is `role="img"` with a title and a summary.
 */

export interface SopDiagramOptions {
  /** The SOP's title, for the diagram's accessible name. */
  title: string
  /** How a say step names its script (the script's title); the slug when unknown. */
  scriptTitle?: (slug: string) => string | undefined
  /** Prefix of the ids inside the SVG (title, summary, arrow marker); one diagram per page by default. */
  idPrefix?: string
}

type Point = readonly [number, number]

export interface DiagramBox {
  key: string
  kind: Step['kind']
  number: number
  x: number
  y: number
  w: number
  h: number
  /** The kicker ("3 · Decision") then the wrapped text. */
  kicker: string
  lines: string[]
}

export interface DiagramTerminal {
  /** The step whose exit ends here. */
  from: string
  text: string
  x: number
  y: number
  w: number
  h: number
  lines: string[]
}

export interface DiagramEdge {
  /** `flow`: on to the next step in order; `jump`: a step's `next`; `branch`: a decision's way out; `end`: a step's outcome. */
  kind: 'flow' | 'jump' | 'branch' | 'end'
  from: string
  /** The step key it leads to; absent when it ends in a terminal. */
  to?: string
  label?: string
  points: Point[]
  labelLines: string[]
  labelAt?: { x: number; y: number; anchor: 'start' | 'end' }
}

export interface DiagramLayout {
  width: number
  height: number
  boxes: DiagramBox[]
  terminals: DiagramTerminal[]
  edges: DiagramEdge[]
}

const MARGIN = 8
const BOX_W = 250
const BOX_PAD = 8
const TERM_W = 180
const LANE_GAP = 10
const SIDE_LABEL_W = 116
const ELBOW_GAP = 8
const ROW_GAP = 28
/** Where jumps come into a box, measured down from its top. */
const ENTRY_DY = 14
/** Text metrics, deliberately generous so wrapped lines fit whatever sans-serif renders them. */
const BODY = { size: 13, line: 16, charW: 7.1 }
const SMALL = { size: 11.5, line: 14, charW: 6.4 }
const KICKER_LINE = 14

const KIND_WORD: Record<Step['kind'], string> = { action: 'Do', say: 'Say', decision: 'Decide' }

/** Words wrapped into lines of at most `width` pixels; a word longer than a line is cut. */
export function wrapText(text: string, width: number, charW: number): string[] {
  const max = Math.max(4, Math.floor(width / charW))
  const lines: string[] = []
  let line = ''
  for (let word of text.trim().split(/\s+/)) {
    while (word.length > max) {
      if (line) { lines.push(line); line = '' }
      lines.push(word.slice(0, max - 1) + '-')
      word = word.slice(max - 1)
    }
    if (!line) line = word
    else if (line.length + 1 + word.length <= max) line += ` ${word}`
    else { lines.push(line); line = word }
  }
  if (line) lines.push(line)
  return lines
}

/** Text made safe for SVG/HTML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

function boxText(view: StepView, scriptTitle: (slug: string) => string | undefined): string {
  const step = view.step
  if (step.kind === 'decision') return step.question
  if (step.kind === 'say') return `“${scriptTitle(step.script) ?? step.script}”`
  return step.text
}

interface SideExit { to?: string; outcome?: string; label?: string; kind: DiagramEdge['kind']; y: number; labelLines: string[] }

/** Where every box, end box and arrow of an SOP's flow goes. */
export function layoutSopDiagram(steps: readonly Step[], options: Omit<SopDiagramOptions, 'title'> = {}): DiagramLayout {
  const scriptTitle = options.scriptTitle ?? (() => undefined)
  const views = sopFlowView(steps)
  const rowOf = new Map<string, number>()
  views.forEach((view, index) => { if (!rowOf.has(view.key)) rowOf.set(view.key, index) })

  // 1. Sort each step's ways out: down to the next box, left into a lane (jumps), right to an end box.
  const exits = views.map((view, index) => {
    const nextKey = views[index + 1]?.key
    let down: { label?: string; kind: DiagramEdge['kind'] } | undefined
    const left: Omit<SideExit, 'y' | 'labelLines'>[] = []
    const right: Omit<SideExit, 'y' | 'labelLines'>[] = []
    const exit = view.exit
    if (exit.kind === 'branches') {
      for (const branch of exit.branches) {
        if (branch.to) {
          if (!rowOf.has(branch.to.key)) continue
          if (!down && branch.to.key === nextKey && rowOf.get(nextKey) === index + 1) down = { label: branch.label, kind: 'branch' }
          else left.push({ to: branch.to.key, label: branch.label, kind: 'branch' })
        } else right.push({ outcome: branch.outcome ?? '', label: branch.label, kind: 'branch' })
      }
    } else if (exit.kind === 'continue') down = { kind: 'flow' }
    else if (exit.kind === 'jump') {
      if (exit.to.key === nextKey && rowOf.get(nextKey) === index + 1) down = { kind: 'jump' }
      else if (rowOf.has(exit.to.key)) left.push({ to: exit.to.key, kind: 'jump' })
    } else if (exit.kind === 'outcome') right.push({ outcome: exit.text, kind: 'end' })
    else right.push({ outcome: END_OF_PROCEDURE, kind: 'end' })
    return { down, left, right }
  })

  const anyLeftLabel = exits.some((e) => e.left.some((x) => x.label))
  const anyLeft = exits.some((e) => e.left.length > 0)
  const anyRightLabel = exits.some((e) => e.right.some((x) => x.label))
  const maxRight = Math.max(0, ...exits.map((e) => e.right.length))
  const leftLabelW = anyLeftLabel ? SIDE_LABEL_W : anyLeft ? 14 : 0
  const rightLabelW = anyRightLabel ? SIDE_LABEL_W : 20
  const sideLabelLines = (label: string | undefined, width: number) => (label ? wrapText(label, width - 10, SMALL.charW) : [])
  /** Places exits down one side of a box, each below its wrapped label; returns them and where the stack ends. */
  const stackExits = <E extends { label?: string }>(list: E[], labelWidth: number, start: number) => {
    let cursor = start
    const stacked = list.map((exit) => {
      const labelLines = sideLabelLines(exit.label, labelWidth)
      const y = cursor + labelLines.length * SMALL.line + 3
      cursor = y + 9
      return { ...exit, y, labelLines }
    })
    return { stacked, bottom: cursor }
  }

  // 2. Rows, top to bottom: each as tall as its box, its side ports and its end boxes need.
  interface Row { top: number; boxH: number; bottom: number; lines: string[]; left: SideExit[]; right: SideExit[]; terms: { top: number; h: number; lines: string[] }[]; downLabelLines: string[] }
  const rows: Row[] = []
  let top = MARGIN
  /** End boxes may reach up into the gap above their row, never into the end boxes before them. */
  let termBottom = 0
  views.forEach((view, index) => {
    const { left: leftExits, right: rightExits, down } = exits[index]!
    const lines = wrapText(boxText(view, scriptTitle), BOX_W - 2 * BOX_PAD, BODY.charW)
    const textH = 2 * BOX_PAD + KICKER_LINE + lines.length * BODY.line
    const { stacked: left, bottom: leftBottom } = stackExits(leftExits, leftLabelW, top + ENTRY_DY + 10)
    const { stacked: right, bottom: rightBottom } = stackExits(rightExits, rightLabelW, top + 8)
    const boxH = Math.max(textH, leftBottom - top, rightBottom - top, 40)
    const terms = right.map((exit) => {
      const termLines = wrapText(exit.outcome ?? '', TERM_W - 2 * BOX_PAD, SMALL.charW)
      const h = 2 * BOX_PAD + KICKER_LINE + termLines.length * 15
      const termTop = Math.max(termBottom + 8, exit.y - h / 2, MARGIN)
      termBottom = termTop + h
      return { top: termTop, h, lines: termLines }
    })
    const bottom = Math.max(top + boxH, terms.length > 0 ? termBottom : 0)
    const downLabelLines = down?.label ? wrapText(down.label, BOX_W / 2 - 14, SMALL.charW) : []
    rows.push({ top, boxH, bottom, lines, left, right, terms, downLabelLines })
    top = bottom + Math.max(ROW_GAP, downLabelLines.length * SMALL.line + 14)
  })
  const height = (rows.at(-1)?.bottom ?? 0) + MARGIN

  // 3. Lanes for jumps: shortest first, each in the lane nearest the boxes that it has to itself.
  const jumps = rows.flatMap((row, index) => row.left.map((exit) => {
    const target = rows[rowOf.get(exit.to!)!]!
    const entry = target.top + ENTRY_DY
    return { from: index, exit, entry, lo: Math.min(exit.y, entry), hi: Math.max(exit.y, entry), lane: 0 }
  }))
  const lanes: { lo: number; hi: number }[][] = []
  for (const jump of [...jumps].sort((a, b) => a.hi - a.lo - (b.hi - b.lo))) {
    let lane = lanes.findIndex((taken) => taken.every((t) => jump.hi + 4 < t.lo || jump.lo - 4 > t.hi))
    if (lane === -1) lane = lanes.push([]) - 1
    lanes[lane]!.push(jump)
    jump.lane = lane
  }

  // 4. Columns: lanes | left labels | boxes | right labels | elbows | end boxes.
  const boxX = MARGIN + lanes.length * LANE_GAP + leftLabelW
  const laneX = (lane: number) => boxX - leftLabelW - LANE_GAP / 2 - lane * LANE_GAP
  const boxRight = boxX + BOX_W
  const termX = boxRight + rightLabelW + maxRight * ELBOW_GAP + 8
  const width = (maxRight > 0 ? termX + TERM_W : boxRight) + MARGIN
  const cx = boxX + BOX_W / 2

  const boxes: DiagramBox[] = []
  const terminals: DiagramTerminal[] = []
  const edges: DiagramEdge[] = []
  rows.forEach((row, index) => {
    const view = views[index]!
    boxes.push({ key: view.key, kind: view.step.kind, number: view.number, x: boxX, y: row.top, w: BOX_W, h: row.boxH, kicker: `${view.number} · ${KIND_WORD[view.step.kind]}`, lines: row.lines })
    const down = exits[index]!.down
    const below = rows[index + 1]
    if (down && below) {
      const y0 = row.top + row.boxH
      edges.push({
        kind: down.kind, from: view.key, to: views[index + 1]!.key, ...(down.label ? { label: down.label } : {}),
        points: [[cx, y0], [cx, below.top]], labelLines: row.downLabelLines,
        ...(down.label ? { labelAt: { x: cx + 6, y: y0 + SMALL.line, anchor: 'start' as const } } : {}),
      })
    }
    row.right.forEach((exit, k) => {
      const term = row.terms[k]!
      const mid = term.top + term.h / 2
      const elbow = termX - 8 - k * ELBOW_GAP
      // Straight across when the end box is level with the exit; otherwise an elbow into its middle.
      const level = exit.y >= term.top + 10 && exit.y <= term.top + term.h - 10
      const points: Point[] = level ? [[boxRight, exit.y], [termX, exit.y]] : [[boxRight, exit.y], [elbow, exit.y], [elbow, mid], [termX, mid]]
      terminals.push({ from: view.key, text: exit.outcome ?? '', x: termX, y: term.top, w: TERM_W, h: term.h, lines: term.lines })
      edges.push({
        kind: exit.kind, from: view.key, ...(exit.label ? { label: exit.label } : {}), points, labelLines: exit.labelLines,
        ...(exit.label ? { labelAt: { x: boxRight + 5, y: exit.y - 4 - (exit.labelLines.length - 1) * SMALL.line, anchor: 'start' as const } } : {}),
      })
    })
  })
  for (const jump of jumps) {
    const x = laneX(jump.lane)
    const { exit } = jump
    edges.push({
      kind: exit.kind, from: views[jump.from]!.key, to: exit.to!, ...(exit.label ? { label: exit.label } : {}),
      points: [[boxX, exit.y], [x, exit.y], [x, jump.entry], [boxX, jump.entry]], labelLines: exit.labelLines,
      ...(exit.label ? { labelAt: { x: boxX - 5, y: exit.y - 4 - (exit.labelLines.length - 1) * SMALL.line, anchor: 'end' as const } } : {}),
    })
  }
  return { width, height, boxes, terminals, edges }
}

/** A sentence or three for screen readers: size of the flow and where each decision leads. */
function summaryOf(views: StepView[]): string {
  const decisions = views.filter((view) => view.exit.kind === 'branches')
  const ends = views.reduce((count, view) => count + (view.exit.kind === 'branches' ? view.exit.branches.filter((b) => !b.to).length : view.exit.kind === 'outcome' || view.exit.kind === 'end' ? 1 : 0), 0)
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const parts = [`${plural(views.length, 'step')} top to bottom, ${plural(decisions.length, 'decision')}, ${plural(ends, 'ending')}.`]
  for (const view of decisions) {
    if (view.exit.kind !== 'branches' || view.step.kind !== 'decision') continue
    const ways = view.exit.branches.map((b) => `${b.label}: ${b.to ? `step ${b.to.number ?? b.to.key}` : 'ends'}`)
    parts.push(`Step ${view.number}, ${view.step.question} ${ways.join('; ')}.`)
  }
  parts.push('The numbered steps on this page give the same flow in words.')
  return parts.join(' ')
}

const n = (value: number) => String(Math.round(value * 10) / 10)

function textLines(lines: string[], x: number, firstBaseline: number, lineH: number, className?: string, anchor?: 'end'): string {
  const attrs = `${className ? ` class="${className}"` : ''}${anchor ? ` text-anchor="${anchor}"` : ''}`
  return `<text${attrs}>${lines.map((line, i) => `<tspan x="${n(x)}" y="${n(firstBaseline + i * lineH)}">${escapeXml(line)}</tspan>`).join('')}</text>`
}

const STYLE = [
  '.sd text{font:13px system-ui,sans-serif;fill:#1b1f24}',
  '.sd .k{font-size:11px;font-weight:700;fill:#4f5a66;letter-spacing:.04em;text-transform:uppercase}',
  '.sd .l,.sd-end text{font-size:11.5px}',
  '.sd .l{fill:#0b3f75;font-weight:600}',
  '.sd path{fill:none;stroke:#4f5a66;stroke-width:1.4}',
  '.sd marker path{fill:#4f5a66;stroke:none}',
  '.sd-action>rect{fill:#fff;stroke:#4f5a66}',
  '.sd-say>rect{fill:#eef6f0;stroke:#1d6b3a;stroke-width:1.5}',
  '.sd-decision>path{fill:#fff8e1;stroke:#8a6d00;stroke-width:2.5}',
  '.sd-end>rect{fill:#f3f6f9;stroke:#1b1f24;stroke-width:1.5}',
  '.sd-branch>path{stroke:#0b5cad}',
].join('')

/** The SOP's flow as an SVG element, ready to inline in a page. */
export function sopDiagram(steps: readonly Step[], options: SopDiagramOptions): string {
  const id = options.idPrefix ?? 'sop-flow'
  const layout = layoutSopDiagram(steps, options)
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="sd" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" width="${n(layout.width)}" height="${n(layout.height)}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(`Flow of “${options.title}”`)}</title>`,
    `<desc id="${id}-desc">${escapeXml(summaryOf(sopFlowView(steps)))}</desc>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto"><path d="M0 0L10 5L0 10z"/></marker></defs>`,
    `<style>${STYLE}</style>`,
  )
  for (const box of layout.boxes) {
    const { x, y, w, h } = box
    const shape = box.kind === 'decision'
      ? `<path d="M${n(x + 8)} ${n(y)}H${n(x + w - 8)}L${n(x + w)} ${n(y + 8)}V${n(y + h - 8)}L${n(x + w - 8)} ${n(y + h)}H${n(x + 8)}L${n(x)} ${n(y + h - 8)}V${n(y + 8)}Z"/>`
      : `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="3"/>`
    out.push(
      `<g class="sd-step sd-${box.kind}" data-step="${escapeXml(box.key)}">${shape}`,
      textLines([box.kicker], x + BOX_PAD, y + BOX_PAD + 10, KICKER_LINE, 'k'),
      textLines(box.lines, x + BOX_PAD, y + BOX_PAD + KICKER_LINE + 12, BODY.line),
      '</g>',
    )
  }
  for (const term of layout.terminals) {
    out.push(
      `<g class="sd-end" data-from="${escapeXml(term.from)}"><rect x="${n(term.x)}" y="${n(term.y)}" width="${n(term.w)}" height="${n(term.h)}" rx="14"/>`,
      textLines(['Ends'], term.x + BOX_PAD + 4, term.y + BOX_PAD + 10, KICKER_LINE, 'k'),
      textLines(term.lines, term.x + BOX_PAD + 4, term.y + BOX_PAD + KICKER_LINE + 11, 15),
      '</g>',
    )
  }
  for (const edge of layout.edges) {
    const d = edge.points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join('')
    const attrs = `class="sd-edge sd-${edge.kind}" data-from="${escapeXml(edge.from)}"${edge.to ? ` data-to="${escapeXml(edge.to)}"` : ''}${edge.label ? ` data-label="${escapeXml(edge.label)}"` : ''}`
    const label = edge.labelAt ? textLines(edge.labelLines, edge.labelAt.x, edge.labelAt.y, SMALL.line, 'l', edge.labelAt.anchor === 'end' ? 'end' : undefined) : ''
    out.push(`<g ${attrs}><path d="${d}" marker-end="url(#${id}-arrow)"/>${label}</g>`)
  }
  out.push('</svg>')
  return out.join('')
}
