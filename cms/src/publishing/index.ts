/** Rebuilding and serving the public site when what it shows changes. */
export { buildSite, liveBuild, SITE_DIR, sitePaths } from './build-site.ts'
export { RebuildScheduler, type RebuildOutcome } from './rebuild-scheduler.ts'
export { newestMtime, siteStamp, stampOf } from './site-stamp.ts'
export { reconcileBuildStatus } from './reconcile-build-status.ts'
