import type { GetStaticPaths } from 'astro'
import { sopTwin } from '../../lib/twins/sop-twin.ts'
import { serveTwin, twinPaths } from '../../lib/twins/twin-paths.ts'

/** `/sops/<slug>.md`: the Markdown twin of an SOP page. */
export const getStaticPaths = (() => twinPaths((data) => data.sops, sopTwin)) satisfies GetStaticPaths
export const GET = serveTwin
