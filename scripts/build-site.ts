/**
 * `pnpm build`: builds the site (pages, search index, machine-readable files) from the
 * published-library endpoint (the local database's, served on loopback for the build by a child
 * process, or a remote CMS's when CMS_URL and CMS_API_KEY are set) and deploys it to the target
 * KB_DEPLOY_TARGET names (site/live by default, or an S3 bucket).
 */
import { buildSite } from '@kb/cms/publishing'

try {
  const { deployedTo, deploy, durationMs } = await buildSite()
  console.log(
    `build: site built and deployed in ${(durationMs / 1000).toFixed(1)} s to ${deployedTo} ` +
      `(${deploy.uploaded} files written, ${deploy.unchanged} unchanged, ${deploy.deleted} removed).`,
  )
} catch (error) {
  console.error(`build: ${(error as Error).message}`)
  process.exit(1)
}
