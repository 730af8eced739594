/**
 * `pnpm build`: builds the site (pages, search index, machine-readable files) into site/live from
 * the published-library endpoint: the local database's, served on loopback for the build by a
 * child process, or a remote CMS's when CMS_URL (and CMS_API_KEY) are set.
 */
import { buildSite } from '@kb/cms/publishing'

try {
  const { dir, durationMs } = await buildSite()
  console.log(`build: site built in ${(durationMs / 1000).toFixed(1)} s into ${dir} (served from site/live).`)
} catch (error) {
  console.error(`build: ${(error as Error).message}`)
  process.exit(1)
}
