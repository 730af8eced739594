import type { GetStaticPaths } from 'astro'
import { situationTwin } from '../../lib/twins/situation-twin.ts'
import { serveTwin, twinPaths } from '../../lib/twins/twin-paths.ts'

/** `/situations/<slug>.md`: the Markdown twin of a situation playbook. */
export const getStaticPaths = (() => twinPaths((data) => data.situations, situationTwin)) satisfies GetStaticPaths
export const GET = serveTwin
