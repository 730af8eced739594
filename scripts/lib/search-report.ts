/**
 * bench/search.md for `pnpm bench:search`: figures per engine and library side by side, the
 * queries that wait for planned situations, gibberish, latency, and one row per query.
 */
import { cpus, loadavg } from 'node:os'
import { figuresOf, firstRight, quantile, type Figures, type QueryOutcome } from './search-metrics.ts'

/** One library searched three ways; outcomes are in the order of the labelled queries. */
export interface SiteRun {
  name: string
  pages: number
  /** Per query: whether the index holds one of its right answers. */
  answerable: boolean[]
  plain: QueryOutcome[]
  ours: QueryOutcome[]
  fuzzy: QueryOutcome[]
}

const ENGINES = [
  ['plain', 'Plain Pagefind (before)'],
  ['fuzzy', 'Stock fuzzy any-word (MiniSearch)'],
  ['ours', 'Product search'],
] as const

const pct = (value: number) => `${(value * 100).toFixed(0)}%`
const ms = (value: number) => value.toFixed(1)
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`

type Subset = 'scored' | 'awaiting' | 'gibberish'
function subset(run: SiteRun, outcomes: QueryOutcome[], which: Subset): QueryOutcome[] {
  return outcomes.filter((outcome, i) => {
    const { kind, awaits } = outcome.label
    if (which === 'gibberish') return kind === 'gibberish'
    if (kind === 'gibberish') return false
    return which === 'awaiting' ? awaits !== undefined && run.answerable[i] === true : awaits === undefined
  })
}

function figuresTable(runs: SiteRun[], which: Subset): string {
  const lines = [row(['library', 'search', 'queries', 'success@1', 'success@5', 'MRR', 'zero results']), row(['---', '---', '---:', '---:', '---:', '---:', '---:'])]
  for (const run of runs) {
    for (const [key, title] of ENGINES) {
      const f: Figures = figuresOf(subset(run, run[key], which))
      lines.push(row([run.name, title, f.queries, pct(f.success1), pct(f.success5), f.mrr.toFixed(2), pct(f.zero)]))
    }
  }
  return lines.join('\n')
}

function latencyTable(runs: SiteRun[]): string {
  const lines = [
    row(['library', 'pages', 'search', 'median ms', 'p95 ms', 'max ms', 'CPU median ms', 'CPU p95 ms']),
    row(['---', '---:', '---', '---:', '---:', '---:', '---:', '---:']),
  ]
  for (const run of runs) {
    for (const [key, title] of ENGINES) {
      const times = run[key].map((outcome) => outcome.ms)
      const cpu = run[key].map((outcome) => outcome.cpuMs)
      lines.push(row([run.name, run.pages, title, ms(quantile(times, 0.5)), ms(quantile(times, 0.95)), ms(Math.max(...times)), ms(quantile(cpu, 0.5)), ms(quantile(cpu, 0.95))]))
    }
  }
  return lines.join('\n')
}

function perQuery(run: SiteRun): string {
  const rank = (outcome: QueryOutcome) => (outcome.total === 0 ? '∅' : firstRight(outcome) || '–')
  const lines = [row(['query', 'kind', 'plain', 'fuzzy', 'ours', 'our first result', 'what ours did']), row(['---', '---', '---:', '---:', '---:', '---', '---'])]
  run.ours.forEach((outcome, i) => {
    const q = outcome.label.q.replace(/\|/g, '\\|')
    const awaits = outcome.label.awaits ? ` (awaits ${outcome.label.awaits}${run.answerable[i] ? '' : ', not in the library yet'})` : ''
    lines.push(row([q + awaits, outcome.label.kind, rank(run.plain[i]!), rank(run.fuzzy[i]!), rank(outcome), outcome.found[0]?.url ?? '', outcome.note ?? '']))
  })
  return lines.join('\n')
}

export function renderReport(runs: SiteRun[], { date, machine, labelsFile }: { date: string; machine: string; labelsFile: string }): string {
  const first = runs[0]!
  const gibberish = (key: 'plain' | 'fuzzy' | 'ours') => subset(first, first[key], 'gibberish').filter((o) => o.total === 0).length
  const gibberishCount = subset(first, first.ours, 'gibberish').length
  return `# Search quality and speed

Measured by \`pnpm bench:search\` on ${date} (${machine}). A benchmark, not a test.

## Finding the right page

Labelled queries from \`${labelsFile}\`, typed the way agents type (typos, questions, the
customer's words, the agent's own state, chat and email); each lists the entries that count as a
right answer. "success@1": a right answer first; "success@5": one in the top five; MRR: mean of
1/rank of the first right answer within the top ten; "zero results": nothing returned at all.
Queries about situations still being written are scored apart (below) once one of their answers
exists, and not at all before.

${figuresTable(runs, 'scored')}

Queries waiting for planned situations whose answers now exist:

${figuresTable(runs, 'awaiting')}

Gibberish (right when nothing comes back), real library: plain Pagefind ${gibberish('plain')}/${gibberishCount},
stock fuzzy ${gibberish('fuzzy')}/${gibberishCount}, product ${gibberish('ours')}/${gibberishCount}.

## Latency, warm, in Node

Each query is run once to warm the index, then timed three times (its median counts): from the
call to ranked results with the first ten ready to show (their data and excerpts loaded). Plain Pagefind is its \`search\` plus the
data of its first ten results; the stock fuzzy search is in memory. "ms" is wall time, which on
a machine shared with other work includes waiting for the CPU; "CPU ms" is the time this process
spent, what the query costs on its own. The load average when measured is given below the table.

${latencyTable(runs)}

Load average (1, 5, 15 min) at the end of the run: ${loadavg().map((n) => n.toFixed(1)).join(', ')}, on ${cpus().length} cores.

## Per query (${first.name})

Rank of the first right answer in each search (∅ nothing returned, – none in the top ten).

${perQuery(first)}
`
}
