import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import { apiConfig } from './api/api-config.ts'
import { EmpathyScripts } from './collections/EmpathyScripts/index.ts'
import { Feedback } from './collections/Feedback/index.ts'
import { SearchEvents } from './collections/SearchEvents/index.ts'
import { Situations } from './collections/Situations/index.ts'
import { Sops } from './collections/Sops/index.ts'
import { Sources } from './collections/Sources/index.ts'
import { Strategies } from './collections/Strategies/index.ts'
import { Users } from './collections/Users/index.ts'
import { restrictLocks } from './collections/LockedDocuments/restrict-locks.ts'
import { withoutAccountLockout } from './collections/Users/hooks/throttle-sign-ins.ts'
import { checkEverySave } from './collections/check-every-save.ts'
import { retryAfterWhenBusy } from './api/retry-after-when-busy.ts'
import { databaseAdapter } from './db/adapter.ts'
import { migrateOnBoot } from './db/migrate-on-boot.ts'
import { AgentVocabulary } from './globals/AgentVocabulary/index.ts'
import { SiteBuild } from './globals/SiteBuild.ts'
import { publishedLibraryEndpoint } from './library/published-endpoint.ts'
import { jobsConfig } from './publishing/jobs-config.ts'
import { feedbackPlugin } from './feedback/feedback-plugin.ts'
import { analyticsPlugin } from './search-analytics/analytics-plugin.ts'
import { verificationPlugin } from './verification/verification-plugin.ts'
import { databaseTarget, payloadSecret } from './env.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const target = databaseTarget()

// After sanitizing: Payload's edit locks get our access rules (Payload adds that collection itself),
// every save, drafts included, is checked for shape (see checkEverySave), and Payload's account
// lockout is off (sign-ins are throttled per client instead).
export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Contact-center knowledge base' },
  },
  collections: [Strategies, EmpathyScripts, Sops, Situations, Sources, Feedback, SearchEvents, Users],
  globals: [AgentVocabulary, SiteBuild],
  endpoints: [publishedLibraryEndpoint],
  editor: lexicalEditor(),
  secret: payloadSecret(),
  db: databaseAdapter(target),
  hooks: { afterError: [retryAfterWhenBusy] },
  jobs: jobsConfig,
  plugins: [verificationPlugin, feedbackPlugin, analyticsPlugin],
  // Types are generated on purpose (`pnpm cms:types`) and checked fresh in CI, never in the background.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  telemetry: false,
  ...apiConfig(),
  // Command-line scripts turn logging down (KB_LOG_LEVEL=error) so their own report stays readable;
  // otherwise Payload's default, human-readable logger.
  ...(process.env.KB_LOG_LEVEL ? { logger: { options: { level: process.env.KB_LOG_LEVEL } } } : {}),
  // Every start applies committed migrations that have not run yet; nothing relies on schema push.
  // `payload migrate` (pnpm cms:migrate) does the same from the command line and skips this hook.
  // Concurrent boots on PostgreSQL take turns (an advisory lock) instead of racing.
  onInit: (payload) => migrateOnBoot(payload, target.kind),
})
  .then(restrictLocks)
  .then(checkEverySave)
  .then(withoutAccountLockout)
