import { readdirSync, readFileSync, type Dirent } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '@kb/content/files'

/** Issue 12.3: the site is built from the CMS's published-library endpoint over HTTP, never from Payload itself. */
const SITE = join(REPO_ROOT, 'site')
const sources = (readdirSync(join(SITE, 'src'), { recursive: true, withFileTypes: true }) as Dirent[])
  .filter((entry) => entry.isFile() && /\.(ts|astro|mdx?)$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name))
  .concat(join(SITE, 'astro.config.ts'))

describe('the site package', () => {
  it('depends on neither payload nor the CMS package', () => {
    const { dependencies = {}, devDependencies = {} } = JSON.parse(readFileSync(join(SITE, 'package.json'), 'utf8'))
    const names = Object.keys({ ...dependencies, ...devDependencies })
    expect(names.filter((name) => name === 'payload' || name.startsWith('@payloadcms/') || name === '@kb/cms')).toEqual([])
  })

  it('imports nothing from payload or the CMS', () => {
    const importing = sources.filter((file) => /from\s+['"](payload|@payloadcms\/[^'"]*|@kb\/cms[^'"]*|[./]+\/cms\/[^'"]*)['"]|import\(\s*['"](payload|@kb\/cms)/.test(readFileSync(file, 'utf8')))
    expect(importing).toEqual([])
  })
})
