import { deployConfig } from './deploy-config.ts'
import { localTarget } from './deploy-local.ts'
import { s3Target } from './deploy-s3.ts'

/** A finished build folder (pages, search index, `.build.json`) ready to go live. */
export interface FinishedBuild {
  /** The folder `astro build` wrote, with `index.html` and `pagefind/`. */
  dir: string
  /** When the build finished (ISO time); also names it among the kept builds. */
  builtAt: string
  /** What it was built from (`siteStamp`), so a start can skip an identical rebuild. */
  stamp?: string
}

/** What a deploy changed, for the worker's log and the benchmarks. */
export interface DeployReport {
  /** Files written to the target (all of them for the local folder). */
  uploaded: number
  /** Files the target already held with the same content, left alone. */
  unchanged: number
  /** Removed: pages gone from the new build and assets past the retention window (object storage), or old build folders (local). */
  deleted: number
}

/**
 * Where a finished build goes live. Each target makes the switch as atomic as its storage allows
 * and keeps what pages still open in browsers may fetch (hashed assets, search chunks) for a while.
 * `keepsBuildFolder` says whether the build folder is the live site itself (local) or may be
 * removed once `deploy` resolves (object storage). `deploy` throws when the build could not be
 * published; what was live before stays reachable.
 */
export interface DeployTarget {
  /** For logs: `the local folder site/live`, `s3://bucket/prefix`. */
  readonly description: string
  readonly keepsBuildFolder: boolean
  deploy(build: FinishedBuild): Promise<DeployReport>
}

/** The target `KB_DEPLOY_TARGET` (and its variables, `deploy-config.ts`) names; throws on bad settings. */
export function deployTarget(env: NodeJS.ProcessEnv = process.env): DeployTarget {
  const config = deployConfig(env)
  return config.kind === 's3' ? s3Target(config) : localTarget(env)
}
