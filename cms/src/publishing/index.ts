/** Rebuilding and serving the public site when what it shows changes. */
export { buildSite, liveBuild, LIVE_LINK, SITE_DIR } from './build-site.ts'
export { RebuildScheduler, type RebuildOutcome } from './rebuild-scheduler.ts'
export { siteStamp, stampOf } from './site-stamp.ts'
