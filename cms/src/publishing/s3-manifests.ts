import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { z } from 'zod'
import { NO_CACHE } from './site-files.ts'

/** Where the build manifests live under the prefix; a dot-folder, so it sorts apart and reads as private. */
export const MANIFEST_FOLDER = '.kb-builds/'

/** One build as deployed to the bucket: which object keys it consists of, by kind, with their MD5. */
const buildManifest = z.object({
  builtAt: z.string(),
  deployedAt: z.string(),
  stamp: z.string().optional(),
  /** Hashed assets (immutable): key → MD5 hex. */
  assets: z.record(z.string(), z.string()),
  /** Entry points (no-cache): key → MD5 hex. */
  entries: z.record(z.string(), z.string()),
  /** Pagefind fragments: key → the page URL it describes, so a replaced build's fragments of removed pages can go at once. */
  fragments: z.record(z.string(), z.string()),
})
export type BuildManifest = z.infer<typeof buildManifest>

/** The manifest's key for a build: its finish time, so keys sort oldest first. */
export const manifestKey = (prefix: string, builtAt: string) => `${prefix}${MANIFEST_FOLDER}${builtAt.replace(/[:.]/g, '-')}.json`

/** Manifests never change once written; a worker keeps the ones it has read. Bounded by the builds kept. */
const cache = new Map<string, BuildManifest>()

export async function readManifest(client: S3Client, bucket: string, key: string): Promise<BuildManifest> {
  const cached = cache.get(`${bucket}/${key}`)
  if (cached) return cached
  const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  const text = (await object.Body?.transformToString('utf8')) ?? ''
  const parsed = buildManifest.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`the build manifest s3://${bucket}/${key} is not one this worker wrote: ${parsed.error.issues[0]?.message}`)
  cache.set(`${bucket}/${key}`, parsed.data)
  return parsed.data
}

export async function writeManifest(client: S3Client, bucket: string, key: string, manifest: BuildManifest): Promise<void> {
  await client.send(
    new PutObjectCommand({ Bucket: bucket, Key: key, Body: JSON.stringify(manifest), ContentType: 'application/json', CacheControl: NO_CACHE }),
  )
  cache.set(`${bucket}/${key}`, manifest)
}

export function forgetManifest(bucket: string, key: string): void {
  cache.delete(`${bucket}/${key}`)
}

/**
 * Splits the bucket's manifests (keys sorted oldest first, the current build's last) into those
 * kept and those expired: a build stays while it is the newest, or while the build that replaced
 * it was deployed less than `retentionMs` ago (pages opened before that may still fetch its assets).
 */
export function splitByRetention(keys: string[], deployedAt: (key: string) => number, now: number, retentionMs: number): { kept: string[]; expired: string[] } {
  const kept: string[] = []
  const expired: string[] = []
  keys.forEach((key, index) => {
    const successor = keys[index + 1]
    if (successor === undefined || now - deployedAt(successor) < retentionMs) kept.push(key)
    else expired.push(key)
  })
  return { kept, expired }
}
