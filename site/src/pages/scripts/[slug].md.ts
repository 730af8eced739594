import type { GetStaticPaths } from 'astro'
import { scriptTwin } from '../../lib/twins/script-twin.ts'
import { serveTwin, twinPaths } from '../../lib/twins/twin-paths.ts'

/** `/scripts/<slug>.md`: the Markdown twin of a script page. */
export const getStaticPaths = (() => twinPaths((data) => data.scripts, scriptTwin)) satisfies GetStaticPaths
export const GET = serveTwin
