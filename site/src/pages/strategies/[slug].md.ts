import type { APIRoute, GetStaticPaths } from 'astro'
import { siteData, type StrategyEntry } from '../../lib/site-data.ts'
import { strategyTwin } from '../../lib/twins/strategy-twin.ts'
import { markdownResponse, twinContext } from '../../lib/twins/twin-context.ts'

/** `/strategies/<slug>.md`: the Markdown twin of a strategy page. */
export const getStaticPaths = (async () => {
  const data = await siteData()
  return data.strategies.map((strategy) => ({ params: { slug: strategy.slug }, props: { strategy } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ strategy: StrategyEntry }> = async ({ props, site }) =>
  markdownResponse(strategyTwin(props.strategy, twinContext(await siteData(), site)))
