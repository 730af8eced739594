/** Building and publishing the public site when what it shows changes, through Payload's jobs queue. */
export { buildSite, liveBuild, SITE_DIR, sitePaths } from './build-site.ts'
export { keptBuilds, retentionMs, RETENTION_VARIABLE, tidyOldBuilds, type SiteBuilds } from './build-retention.ts'
export { fragmentUrl } from './stale-fragments.ts'
export { BUILD_SITE_TASK, SITE_QUEUE } from './build-site-task.ts'
export { dropBuildsCoveredBy } from './queue-site-build.ts'
export { reconcileBuildStatus } from './reconcile-build-status.ts'
export { newestMtime, siteStamp, stampOf } from './site-stamp.ts'
export { recoverInterruptedBuilds, runSiteWorker } from './site-worker.ts'
