import type { APIRoute, GetStaticPaths } from 'astro'
import { siteData, type SituationEntry } from '../../lib/site-data.ts'
import { situationTwin } from '../../lib/twins/situation-twin.ts'
import { markdownResponse, twinContext } from '../../lib/twins/twin-context.ts'

/** `/situations/<slug>.md`: the Markdown twin of a situation playbook. */
export const getStaticPaths = (async () => {
  const data = await siteData()
  return data.situations.map((situation) => ({ params: { slug: situation.slug }, props: { situation } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ situation: SituationEntry }> = async ({ props, site }) =>
  markdownResponse(situationTwin(props.situation, twinContext(await siteData(), site)))
