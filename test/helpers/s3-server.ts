import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stopProcessGroup } from './process-group.ts'

export interface RunningS3 {
  /** `http://127.0.0.1:<port>`: the endpoint (path-style: `<endpoint>/<bucket>/<key>`). */
  endpoint: string
  bucket: string
  /** What a deploy target needs to reach it (`KB_DEPLOY_TARGET=s3` and friends, dummy credentials). */
  env: Record<string, string>
  stop: () => Promise<void>
}

/** s3rver's command line (its package ships no bin file, so it is run through Node). */
const CLI = createRequire(import.meta.url).resolve('@20minutes/s3rver/lib/cli.js')

/**
 * Starts a real S3-compatible server (s3rver, objects on disk in a temporary folder) as a child
 * process on a free loopback port, with one empty bucket, and resolves once it listens.
 * `stop` ends it and removes its folder. Signatures are checked for form only: s3rver 5 computes
 * a different canonical request than the current AWS SDK and would refuse every signed call.
 * Known gap: past 1,000 keys its listing pages follow its own folder order, not S3's byte order,
 * and skip a key at the page boundary; test libraries stay well below that.
 */
export async function startS3Server(bucket = 'kb-site', { timeoutMs = 30_000 } = {}): Promise<RunningS3> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-s3-'))
  const launch = `require(process.argv[1]).parseAsync(['', '', ...process.argv.slice(2)]).catch((e) => { console.error(e.message); process.exit(1) })`
  // s3rver signs its ListObjectsV2 continuation tokens with DES, which OpenSSL 3 keeps in its legacy provider.
  const child = spawn(process.execPath, ['--openssl-legacy-provider', '-e', launch, CLI, '-d', dir, '-p', '0', '-a', '127.0.0.1', '-s', '--allow-mismatched-signatures', '--configure-bucket', bucket], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const stop = async () => {
    await stopProcessGroup(child, 'SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const port = /listening on [\d.]+:(\d+)/.exec(output)?.[1]
    if (port) {
      const endpoint = `http://127.0.0.1:${port}`
      const env = {
        KB_DEPLOY_TARGET: 's3', KB_S3_BUCKET: bucket, KB_S3_ENDPOINT: endpoint, KB_S3_REGION: 'us-east-1',
        // s3rver's fixed test account (its README); nothing else accepts them.
        AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER',
      }
      return { endpoint, bucket, env, stop }
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`the S3 server did not start:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
