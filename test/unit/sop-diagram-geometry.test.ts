/**
 * Properties of the SOP flow diagram's geometry (issue 15.6), for every SOP in the library as the
 * site draws it (script titles included, since they set how tall a say box is): no two boxes
 * overlap, and no arrow passes through a box, the boxes it starts and ends on included.
 */
import { describe, expect, it } from 'vitest'
import { checkLibrary } from '@kb/content/files'
import { layoutSopDiagram, type DiagramLayout } from '../../site/src/lib/sop-diagram.ts'

type Rect = { name: string; x: number; y: number; w: number; h: number }
type Point = readonly [number, number]

/** Less than this much overlap is rounding, not a drawing fault (coordinates are written to 0.1 px). */
const EPS = 0.5

const { library, problems } = checkLibrary()
const scriptTitles = new Map(library.scripts.map((script) => [script.slug, script.title]))

const rectsOf = (layout: DiagramLayout): Rect[] => [
  ...layout.boxes.map((box) => ({ name: `step "${box.key}"`, x: box.x, y: box.y, w: box.w, h: box.h })),
  ...layout.terminals.map((term, i) => ({ name: `end box ${i + 1} (from "${term.from}")`, x: term.x, y: term.y, w: term.w, h: term.h })),
]

const overlap = (a: Rect, b: Rect) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > EPS && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > EPS

/**
 * Whether segment p→q passes through the inside of `r` (its border excluded): the part of the
 * segment inside the closed rectangle (Liang–Barsky clipping) has its middle strictly inside.
 */
function crosses(p: Point, q: Point, r: Rect): boolean {
  const [dx, dy] = [q[0] - p[0], q[1] - p[1]]
  let [t0, t1] = [0, 1]
  for (const [step, room] of [[-dx, p[0] - r.x], [dx, r.x + r.w - p[0]], [-dy, p[1] - r.y], [dy, r.y + r.h - p[1]]] as const) {
    if (step === 0) {
      if (room < 0) return false
      continue
    }
    const t = room / step
    if (step < 0) t0 = Math.max(t0, t)
    else t1 = Math.min(t1, t)
    if (t0 > t1) return false
  }
  const [mx, my] = [p[0] + dx * (t0 + t1) / 2, p[1] + dy * (t0 + t1) / 2]
  return mx > r.x + EPS && mx < r.x + r.w - EPS && my > r.y + EPS && my < r.y + r.h - EPS
}

describe('the SOP diagram geometry', () => {
  it('reads a library with SOPs in it', () => {
    expect(problems).toEqual([])
    expect(library.sops.length).toBeGreaterThan(0)
  })

  describe.each(library.sops.map((sop) => [sop.slug, sop] as const))('of %s', (_, sop) => {
    const layout = layoutSopDiagram(sop.steps, { scriptTitle: (slug) => scriptTitles.get(slug) })
    const rects = rectsOf(layout)

    it('has no two boxes overlapping', () => {
      const overlapping = rects.flatMap((a, i) => rects.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.name} and ${b.name}`))
      expect(overlapping).toEqual([])
    })

    it('has no arrow passing through a box', () => {
      const crossings = layout.edges.flatMap((edge) =>
        edge.points.slice(1).flatMap((q, i) =>
          rects.filter((r) => crosses(edge.points[i]!, q, r)).map((r) => `${edge.kind} arrow ${edge.from}→${edge.to ?? 'end'} through ${r.name}`),
        ),
      )
      expect(crossings).toEqual([])
    })

    it('keeps every box and arrow inside the drawing', () => {
      const points = [...rects.flatMap((r) => [[r.x, r.y], [r.x + r.w, r.y + r.h]] as Point[]), ...layout.edges.flatMap((edge) => edge.points)]
      const outside = points.filter(([x, y]) => x < 0 || y < 0 || x > layout.width || y > layout.height)
      expect(outside).toEqual([])
    })
  })
})
