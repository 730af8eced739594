import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deployConfig } from '@kb/cms/publishing'
import { siteFiles } from '../../cms/src/publishing/site-files.ts'

/** An environment with only these variables set (ProcessEnv requires NODE_ENV). */
const env = (vars: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', ...vars })

describe('the deploy target settings', () => {
  it('deploys to the local folder when nothing is set', () => {
    expect(deployConfig(env({}))).toEqual({ kind: 'local' })
  })

  it('refuses an unknown target, naming the ones there are', () => {
    expect(() => deployConfig(env({ KB_DEPLOY_TARGET: 'ftp' }))).toThrow(/KB_DEPLOY_TARGET="ftp".*expected local .* or s3/)
  })

  it('says KB_S3_BUCKET is required for the S3 target', () => {
    expect(() => deployConfig(env({ KB_DEPLOY_TARGET: 's3', KB_S3_REGION: 'eu-west-1' }))).toThrow(/KB_S3_BUCKET: required with KB_DEPLOY_TARGET=s3/)
  })

  it('names every wrong S3 variable and what it expects', () => {
    const wrong = env({ KB_DEPLOY_TARGET: 's3', KB_S3_BUCKET: 'Bad_Bucket', KB_S3_ENDPOINT: 'ftp://x', KB_S3_FORCE_PATH_STYLE: 'yes' })
    expect(() => deployConfig(wrong)).toThrow(/KB_S3_BUCKET: expected a bucket name.*KB_S3_ENDPOINT: expected an http\(s\) URL.*KB_S3_FORCE_PATH_STYLE: expected true or false/)
  })

  it('asks for a region when no endpoint names the server', () => {
    expect(() => deployConfig(env({ KB_DEPLOY_TARGET: 's3', KB_S3_BUCKET: 'kb-site' }))).toThrow(/KB_S3_REGION \(or AWS_REGION\): required/)
  })

  it('reads an S3-compatible server’s settings with path-style addressing and a folder prefix', () => {
    const config = deployConfig(env({
      KB_DEPLOY_TARGET: 's3', KB_S3_BUCKET: 'kb-site', KB_S3_ENDPOINT: 'http://127.0.0.1:9000', KB_S3_PREFIX: 'kb', KB_OLD_BUILD_MINUTES: '2',
      AWS_ACCESS_KEY_ID: 'id', AWS_SECRET_ACCESS_KEY: 'secret',
    }))
    expect(config).toEqual({
      kind: 's3', bucket: 'kb-site', region: 'us-east-1', endpoint: 'http://127.0.0.1:9000', prefix: 'kb/', forcePathStyle: true, retentionMs: 120_000,
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    })
  })
})

describe('the files of a build as object storage receives them', () => {
  const build = (paths: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-files-'))
    for (const path of paths) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), path)
    }
    return dir
  }

  it('caches hashed assets for a year and revalidates entry points, hashed assets first and pages last', () => {
    const dir = build([
      'index.html', 'scripts/a/index.html', 'scripts/a.md', 'kb.json', 'llms.txt', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json',
      'pagefind/pagefind.0a1b2c3d.pf_meta', 'pagefind/index/en_12ab34cd.pf_index', 'pagefind/fragment/en_99ff00aa.pf_fragment', '_astro/page.Bx1_2c.css', '.build.json',
      'index.html.br', 'kb.json.gz',
    ])
    try {
      const files = siteFiles(dir)
      const immutable = files.filter((file) => file.cacheControl === 'public, max-age=31536000, immutable').map((file) => file.path)
      expect(immutable.sort()).toEqual(['_astro/page.Bx1_2c.css', 'pagefind/fragment/en_99ff00aa.pf_fragment', 'pagefind/index/en_12ab34cd.pf_index', 'pagefind/pagefind.0a1b2c3d.pf_meta'])
      expect(files.slice(0, 4).map((file) => file.path).sort()).toEqual(immutable.sort())
      expect(files.slice(-2).map((file) => file.path)).toEqual(['index.html', 'scripts/a/index.html'])
      expect(files.map((file) => file.path)).not.toContain('.build.json')
      expect(files.filter((file) => /\.(br|gz)$/.test(file.path))).toEqual([])
      expect(Object.fromEntries(files.map((file) => [file.path, file.contentType]))).toMatchObject({
        'scripts/a.md': 'text/markdown; charset=utf-8', 'kb.json': 'application/json; charset=utf-8', 'pagefind/pagefind.js': 'text/javascript; charset=utf-8',
        'pagefind/index/en_12ab34cd.pf_index': 'application/octet-stream',
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
