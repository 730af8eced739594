import { readFileSync } from 'node:fs'
import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { DeployConfig } from './deploy-config.ts'
import type { DeployTarget, FinishedBuild } from './deploy-target.ts'
import { forgetManifest, manifestKey, MANIFEST_FOLDER, readManifest, splitByRetention, writeManifest, type BuildManifest } from './s3-manifests.ts'
import { fragmentUrl } from './stale-fragments.ts'
import { siteFiles, type SiteFile } from './site-files.ts'

type S3Config = Extract<DeployConfig, { kind: 's3' }>

/** Uploads in flight at once: enough to hide round trips, few enough for a small worker. */
const PARALLEL_UPLOADS = 8
/** DeleteObjects takes at most 1,000 keys per request (S3 API reference, DeleteObjects). */
const DELETE_BATCH = 1_000

interface Listed {
  etag?: string
  lastModified: number
}

/**
 * S3-compatible object storage. A deploy:
 * 1. lists the prefix and uploads only files whose MD5 differs from the object's ETag (the MD5 of
 *    a single-part upload; under SSE-KMS it is not, and every file is uploaded each time), hashed
 *    assets first (`Cache-Control: public, max-age=31536000, immutable`), then entry points
 *    (`no-cache`), pages last, each with its Content-Type;
 * 2. writes the build's manifest (`.kb-builds/<builtAt>.json`: its keys and MD5s);
 * 3. deletes entry points the new build no longer has (an unpublished entry's page goes at once),
 *    the Pagefind fragments of those pages from the replaced builds too (so an unpublished entry's
 *    text is not served from them, as `stale-fragments.ts` does locally), and hashed assets no kept
 *    build lists: a replaced build is kept for `KB_OLD_BUILD_MINUTES`.
 * Only keys some manifest lists are ever deleted, so other objects under the prefix are left alone.
 * Pages switch one by one, not atomically; each page's assets exist before it does.
 */
export function s3Target(config: S3Config): DeployTarget {
  // Checksums only where the API requires them: the SDK's default CRC32 trailers are refused by
  // several S3-compatible servers; uploads carry Content-MD5, which every server checks.
  const client = new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    ...(config.credentials ? { credentials: config.credentials } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  return {
    description: `s3://${config.bucket}/${config.prefix}`,
    keepsBuildFolder: false,
    deploy: (build) => deploy(client, config, build),
  }
}

async function deploy(client: S3Client, config: S3Config, build: FinishedBuild) {
  const { bucket, prefix } = config
  const files = siteFiles(build.dir)
  const listed = await listObjects(client, bucket, prefix)
  const changed = files.filter((file) => listed.get(prefix + file.path)?.etag !== file.md5)
  await uploadAll(client, bucket, prefix, changed)

  const deployedAt = new Date().toISOString()
  const manifest: BuildManifest = {
    builtAt: build.builtAt,
    deployedAt,
    ...(build.stamp ? { stamp: build.stamp } : {}),
    assets: Object.fromEntries(files.filter((f) => f.hashed).map((f) => [prefix + f.path, f.md5])),
    entries: Object.fromEntries(files.filter((f) => !f.hashed).map((f) => [prefix + f.path, f.md5])),
    fragments: Object.fromEntries(
      files.filter((f) => f.path.startsWith('pagefind/fragment/')).flatMap((f) => {
        const url = fragmentUrl(f.file)
        return url === undefined ? [] : [[prefix + f.path, url]]
      }),
    ),
  }
  const current = manifestKey(prefix, build.builtAt)
  await writeManifest(client, bucket, current, manifest)
  listed.set(current, { lastModified: Date.parse(deployedAt) })

  const deleted = await prune(client, config, listed, current, manifest)
  return { uploaded: changed.length, unchanged: files.length - changed.length, deleted }
}

/** Deletes what no kept build needs (see `s3Target`); returns how many objects went. */
async function prune(client: S3Client, config: S3Config, listed: Map<string, Listed>, current: string, manifest: BuildManifest): Promise<number> {
  const { bucket, prefix } = config
  const manifests = [...listed.keys()].filter((key) => key.startsWith(prefix + MANIFEST_FOLDER) && key.endsWith('.json') && key <= current).sort()
  const { kept, expired } = splitByRetention(manifests, (key) => listed.get(key)!.lastModified, Date.now(), config.retentionMs)
  const keep = new Set([...Object.keys(manifest.assets), ...Object.keys(manifest.entries), ...kept])
  const older = await Promise.all(kept.filter((key) => key !== current).map((key) => readManifest(client, bucket, key)))
  for (const build of older) {
    for (const key of Object.keys(build.assets)) {
      // A fragment of a page the new build no longer has goes now, whatever the retention.
      const page = build.fragments[key]
      if (page === undefined || manifest.fragments[key] !== undefined || hasPage(manifest, prefix, page)) keep.add(key)
    }
  }

  const candidates = new Set<string>(expired)
  for (const build of [...older, ...(await Promise.all(expired.map((key) => readManifest(client, bucket, key))))]) {
    for (const key of [...Object.keys(build.assets), ...Object.keys(build.entries)]) candidates.add(key)
  }
  const doomed = [...candidates].filter((key) => !keep.has(key) && listed.has(key))
  for (let start = 0; start < doomed.length; start += DELETE_BATCH) {
    const batch = doomed.slice(start, start + DELETE_BATCH)
    const result = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }))
    const failed = result.Errors ?? []
    if (failed.length > 0) throw new Error(`could not delete ${failed.length} old object(s) from s3://${bucket}, e.g. ${failed[0]?.Key}: ${failed[0]?.Message}`)
  }
  for (const key of expired) forgetManifest(bucket, key)
  return doomed.length
}

/** Whether the build has a page at site URL `url` (`/scripts/x/` → `scripts/x/index.html`). */
function hasPage(manifest: BuildManifest, prefix: string, url: string): boolean {
  let path: string
  try {
    path = decodeURIComponent(url.split(/[?#]/)[0]!).replace(/^\//, '')
  } catch {
    return false
  }
  return `${prefix}${path.endsWith('/') || path === '' ? `${path}index.html` : path}` in manifest.entries || `${prefix}${path}/index.html` in manifest.entries
}

/** Every object under the prefix: key → ETag (unquoted MD5 for single-part uploads) and time. */
async function listObjects(client: S3Client, bucket: string, prefix: string): Promise<Map<string, Listed>> {
  const objects = new Map<string, Listed>()
  let token: string | undefined
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }))
    for (const object of page.Contents ?? []) {
      if (!object.Key) continue
      objects.set(object.Key, { etag: object.ETag?.replace(/"/g, ''), lastModified: object.LastModified?.getTime() ?? 0 })
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return objects
}

/** Uploads in order, `PARALLEL_UPLOADS` at a time, all hashed assets finishing before the first entry point starts. */
async function uploadAll(client: S3Client, bucket: string, prefix: string, files: SiteFile[]): Promise<void> {
  const put = (file: SiteFile) => {
    const body = readFileSync(file.file)
    return client.send(
      new PutObjectCommand({
        Bucket: bucket, Key: prefix + file.path, Body: body, ContentType: file.contentType, CacheControl: file.cacheControl,
        ...(file.contentEncoding ? { ContentEncoding: file.contentEncoding } : {}),
        ContentMD5: Buffer.from(file.md5, 'hex').toString('base64'),
      }),
    )
  }
  await inParallel(files.filter((f) => f.hashed), put)
  await inParallel(files.filter((f) => !f.hashed && !f.path.endsWith('.html')), put)
  await inParallel(files.filter((f) => f.path.endsWith('.html')), put)
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_UPLOADS, items.length) }, lane))
}
