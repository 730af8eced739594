import type { Payload, PayloadRequest } from 'payload'
import type { SiteBuild } from '../payload-types.ts'
import { siteBuildSlug } from '../globals/SiteBuild.ts'

/** The fields of *Site build status* a report may set. */
export type BuildStatusReport = Partial<Omit<SiteBuild, 'id' | 'updatedAt' | 'createdAt'>>

/** Writes *Site build status* (readable by editors, written only by the publishing code). */
export async function reportBuildStatus(payload: Payload, data: BuildStatusReport, req?: PayloadRequest): Promise<void> {
  await payload.updateGlobal({ slug: siteBuildSlug, data, overrideAccess: true, ...(req ? { req } : {}) })
}
