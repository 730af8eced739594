/**
 * `pnpm bench:deploy`: how long the S3 deploy target takes to publish a finished build, against a
 * real S3-compatible server (s3rver) on loopback: a first deploy to an empty bucket, a deploy of
 * the same build again (nothing to upload) and a deploy where one page changed. Deploys the live
 * local build (`pnpm build` first; `KB_SITE_OUTPUT` picks another). Writes bench/deploy.md.
 * Loopback hides network latency: against a remote bucket, uploads cost a round trip each
 * (8 in flight), which is what skipping unchanged files saves.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { deployTarget, liveBuild, type DeployReport } from '@kb/cms/publishing'
import { REPO_ROOT } from '@kb/content/files'
import { siteFiles } from '../cms/src/publishing/site-files.ts'
import { startS3Server } from '../test/helpers/s3-server.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const live = liveBuild()
if (!live) {
  console.error('bench:deploy: there is no live build to deploy; run pnpm build first.')
  process.exit(1)
}

const files = siteFiles(live)
const bytes = files.reduce((sum, file) => sum + statSync(file.file).size, 0)
const s3 = await startS3Server()
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!
const rows: string[] = []
const load = loadavg()[0]!.toFixed(1)

async function timed(prefix: string, dir: string): Promise<{ ms: number; report: DeployReport }> {
  const env = { ...process.env, ...s3.env, KB_S3_PREFIX: prefix }
  const started = performance.now()
  const report = await deployTarget(env).deploy({ dir, builtAt: new Date().toISOString() })
  return { ms: performance.now() - started, report }
}

async function scenario(name: string, run: (index: number) => Promise<{ ms: number; report: DeployReport }>): Promise<void> {
  const results = []
  for (let index = 0; index < RUNS; index++) results.push(await run(index))
  const { report } = results.at(-1)!
  rows.push(`| ${name} | ${Math.round(median(results.map((r) => r.ms)))} | ${report.uploaded} | ${report.unchanged} | ${report.deleted} |`)
  console.log(rows.at(-1))
}

const changed = mkdtempSync(join(tmpdir(), 'kb-bench-deploy-'))
try {
  await scenario('first deploy to an empty prefix', (index) => timed(`full-${index}/`, live))
  await scenario('same build again', () => timed('full-0/', live))
  cpSync(live, changed, { recursive: true })
  const page = files.find((file) => file.path.endsWith('/index.html') && file.path !== 'index.html')!
  await scenario(`one page changed (${page.path})`, async (index) => {
    writeFileSync(join(changed, page.path), `${readFileSync(page.file, 'utf8')}<!-- bench ${Date.now()}-${index} -->`)
    return timed('full-0/', changed)
  })
} finally {
  rmSync(changed, { recursive: true, force: true })
  await s3.stop()
}

writeFileSync(
  join(REPO_ROOT, 'bench/deploy.md'),
  `# S3 deploy (\`pnpm bench:deploy\`)

Deploying one finished build of ${files.length} public files (${(bytes / 1e6).toFixed(1)} MB) to s3rver on
loopback through \`@aws-sdk/client-s3\`, median of ${RUNS} runs; 1-minute load average ${load} at the start
on a 2-core machine shared with other work. Times cover listing the prefix, hashing the files,
uploading what changed, writing the build manifest and pruning; not the site build itself.

| scenario | ms | uploaded | unchanged | deleted |
| --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}

The file uploaded again although unchanged (one in each of the last two rows) is s3rver's doing: past
1,000 keys its listing pages skip one key at the page boundary (its folder order is not S3's byte
order), so that object looks missing. S3 itself lists in byte order.
`,
)
console.log('bench:deploy: wrote bench/deploy.md')
