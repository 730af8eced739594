import type { APIRoute, GetStaticPaths } from 'astro'
import { siteData, type ScriptEntry } from '../../lib/site-data.ts'
import { scriptTwin } from '../../lib/twins/script-twin.ts'
import { markdownResponse, twinContext } from '../../lib/twins/twin-context.ts'

/** `/scripts/<slug>.md`: the Markdown twin of a script page. */
export const getStaticPaths = (async () => {
  const data = await siteData()
  return data.scripts.map((script) => ({ params: { slug: script.slug }, props: { script } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ script: ScriptEntry }> = async ({ props, site }) =>
  markdownResponse(scriptTwin(props.script, twinContext(await siteData(), site)))
