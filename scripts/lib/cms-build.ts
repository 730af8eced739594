import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { newestMtime } from '@kb/cms/publishing'
import { REPO_ROOT } from '@kb/content/files'

const CMS_DIR = join(REPO_ROOT, 'cms')

/**
 * Builds the CMS admin (`payload generate:importmap && next build`) unless a build newer than
 * every source file of the CMS, its Next config and the shared model already exists, so a stale build
 * is never tested or served.
 */
export function ensureCmsBuilt(): 'built' | 'up to date' {
  const buildId = join(CMS_DIR, '.next/BUILD_ID')
  if (existsSync(buildId)) {
    // The Next config (response headers, bundling) and the package's own files shape the build too.
    const inputs = [join(CMS_DIR, 'src'), join(REPO_ROOT, 'content/src'), ...['next.config.ts', 'package.json', 'tsconfig.json'].map((file) => join(CMS_DIR, file))]
    const sources = Math.max(...inputs.filter((path) => existsSync(path)).map(newestMtime))
    if (statSync(buildId).mtimeMs > sources) return 'up to date'
  }
  execFileSync('pnpm', ['run', 'build'], { cwd: CMS_DIR, stdio: 'inherit' })
  return 'built'
}
