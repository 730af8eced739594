/**
 * `pnpm build`: builds the site (pages, search index, machine-readable files) into site/live,
 * from the local database, or from a remote CMS when CMS_URL (and CMS_API_KEY) are set.
 */
import { buildSite } from '@kb/cms/publishing'

try {
  const { dir, durationMs } = await buildSite()
  console.log(`build: site built in ${(durationMs / 1000).toFixed(1)} s into ${dir} (served from site/live).`)
} catch (error) {
  console.error(`build: ${(error as Error).message}`)
  process.exit(1)
}
