import type { GetStaticPaths } from 'astro'
import { strategyTwin } from '../../lib/twins/strategy-twin.ts'
import { serveTwin, twinPaths } from '../../lib/twins/twin-paths.ts'

/** `/strategies/<slug>.md`: the Markdown twin of a strategy page. */
export const getStaticPaths = (() => twinPaths((data) => data.strategies, strategyTwin)) satisfies GetStaticPaths
export const GET = serveTwin
