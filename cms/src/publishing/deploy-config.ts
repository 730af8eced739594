import { z } from 'zod'
import { retentionMs } from './build-retention.ts'

/**
 * Where finished site builds go, read from the environment:
 * - `KB_DEPLOY_TARGET` `local` (default): the local folder with the `live` link (`deploy-local.ts`);
 * - `s3`: an S3-compatible bucket (`deploy-s3.ts`), configured by
 *   `KB_S3_BUCKET` (required), `KB_S3_REGION` (or the SDK's `AWS_REGION`; `us-east-1` when an
 *   endpoint is given), `KB_S3_ENDPOINT` (MinIO, R2, Ceph…: an http(s) URL; unset for AWS),
 *   `KB_S3_PREFIX` (a folder in the bucket, e.g. `kb/`), `KB_S3_FORCE_PATH_STYLE` (`true`/`false`,
 *   default true with an endpoint). Replaced builds' hashed assets stay for `KB_OLD_BUILD_MINUTES`,
 *   as the local folder's builds do (`build-retention.ts`).
 * Credentials are the SDK's standard ones: `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` of the
 * environment given (so a build's own environment wins), else the SDK's chain (profile, role).
 */
export type DeployConfig =
  | { kind: 'local' }
  | {
      kind: 's3'
      bucket: string
      region: string
      endpoint?: string
      prefix: string
      forcePathStyle: boolean
      retentionMs: number
      /** From `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`(/`AWS_SESSION_TOKEN`) of the given environment; else the SDK's chain. */
      credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
    }

const trimmed = z.string().trim()
const unset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)
const flag = z.preprocess(unset, z.enum(['true', 'false'], { message: 'expected true or false' }).optional())

// Bucket names: 3-63 lowercase letters, digits, dots and hyphens (AWS "Bucket naming rules").
const s3Env = z.object({
  KB_S3_BUCKET: z.preprocess(unset, trimmed.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'expected a bucket name: 3-63 lowercase letters, digits, dots or hyphens')),
  KB_S3_REGION: z.preprocess(unset, trimmed.regex(/^[a-z0-9-]{2,40}$/, 'expected a region such as eu-west-1').optional()),
  AWS_REGION: z.preprocess(unset, trimmed.optional()),
  KB_S3_ENDPOINT: z.preprocess(unset, trimmed.url({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://s3.example.com' }).optional()),
  KB_S3_PREFIX: z.preprocess(
    unset,
    trimmed.regex(/^(?!\/)[A-Za-z0-9._\/-]{1,200}$/, 'expected a folder such as kb/ (letters, digits, . _ - /, no leading slash)').optional(),
  ),
  KB_S3_FORCE_PATH_STYLE: flag,
})

/**
 * The deploy target the environment asks for. Throws one error naming every variable that is
 * wrong and what was expected (e.g. `KB_S3_BUCKET: expected a bucket name…`), so a worker
 * refuses to start rather than fail each publish.
 */
export function deployConfig(env: NodeJS.ProcessEnv = process.env): DeployConfig {
  const target = env.KB_DEPLOY_TARGET?.trim() || 'local'
  if (target === 'local') return { kind: 'local' }
  if (target !== 's3') throw new Error(`KB_DEPLOY_TARGET="${target}" is not a deploy target: expected local (the default) or s3.`)
  const parsed = s3Env.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.path[0] === 'KB_S3_BUCKET' && issue.code === 'invalid_type' ? 'required with KB_DEPLOY_TARGET=s3' : issue.message}`)
    throw new Error(`the S3 deploy target is misconfigured: ${problems.join('; ')}.`)
  }
  const s3 = parsed.data
  const region = s3.KB_S3_REGION ?? s3.AWS_REGION ?? (s3.KB_S3_ENDPOINT ? 'us-east-1' : undefined)
  if (!region) throw new Error('the S3 deploy target is misconfigured: KB_S3_REGION (or AWS_REGION): required for AWS S3 (or set KB_S3_ENDPOINT).')
  const prefix = s3.KB_S3_PREFIX ? s3.KB_S3_PREFIX.replace(/\/*$/, '/') : ''
  return {
    kind: 's3',
    bucket: s3.KB_S3_BUCKET,
    region,
    ...(s3.KB_S3_ENDPOINT ? { endpoint: s3.KB_S3_ENDPOINT } : {}),
    prefix,
    // Most S3-compatible servers address buckets by path; AWS by virtual host.
    forcePathStyle: s3.KB_S3_FORCE_PATH_STYLE ? s3.KB_S3_FORCE_PATH_STYLE === 'true' : Boolean(s3.KB_S3_ENDPOINT),
    retentionMs: retentionMs(env),
    ...credentialsFrom(env),
  }
}

function credentialsFrom(env: NodeJS.ProcessEnv): { credentials?: Extract<DeployConfig, { kind: 's3' }>['credentials'] } {
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim()
  if (!accessKeyId || !secretAccessKey) return {}
  const sessionToken = env.AWS_SESSION_TOKEN?.trim()
  return { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } }
}
