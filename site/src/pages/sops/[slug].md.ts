import type { APIRoute, GetStaticPaths } from 'astro'
import { siteData, type SopEntry } from '../../lib/site-data.ts'
import { sopTwin } from '../../lib/twins/sop-twin.ts'
import { markdownResponse, twinContext } from '../../lib/twins/twin-context.ts'

/** `/sops/<slug>.md`: the Markdown twin of an SOP page. */
export const getStaticPaths = (async () => {
  const data = await siteData()
  return data.sops.map((sop) => ({ params: { slug: sop.slug }, props: { sop } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ sop: SopEntry }> = async ({ props, site }) =>
  markdownResponse(sopTwin(props.sop, twinContext(await siteData(), site)))
