import type { Config } from 'payload'
import { isAdmin } from '../access/is-admin.ts'
import { isEditor } from '../access/is-editor.ts'
import { hasRole } from '../access/roles.ts'
import { BuildSiteTask } from './build-site-task.ts'

/**
 * Payload's jobs queue as the publish engine (issue 12): the `buildSite` task with concurrency
 * control, and the jobs collection shown in the admin as the build history. Editors may read it;
 * only admins may run, queue by hand or change jobs.
 */
export const jobsConfig: NonNullable<Config['jobs']> = {
  tasks: [BuildSiteTask],
  enableConcurrencyControl: true,
  deleteJobOnComplete: false,
  access: {
    run: ({ req }) => hasRole(req.user, 'admin'),
    queue: ({ req }) => hasRole(req.user, 'admin'),
    cancel: ({ req }) => hasRole(req.user, 'admin'),
  },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    labels: { singular: 'Site build job', plural: 'Site build jobs' },
    admin: {
      ...defaultJobsCollection.admin,
      hidden: false,
      group: 'Publishing',
      description: 'Every site build queued by a publish, with its attempts and errors. One runs at a time; a newer one replaces those still waiting.',
      defaultColumns: ['taskSlug', 'processing', 'completedAt', 'hasError', 'createdAt'],
    },
    access: { ...defaultJobsCollection.access, read: isEditor, create: isAdmin, update: isAdmin, delete: isAdmin },
  }),
}
