import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'
import { pagefindIntegration } from './src/integrations/pagefind.ts'
import { keptRendererIntegration } from './src/republish/kept-renderer.ts'

/**
 * `KB_BUILD_CACHE`: a folder this site's builds share (the publishing pipeline sets it, one per
 * site output). With it, a build re-renders only the entry pages whose props changed since the
 * last one (src/lib/entry-pages.ts) and copies the rest; templates, config or lockfile changes
 * still render everything (Astro hashes them). Without it, every build renders every page, so
 * builds of different libraries never share a cache.
 */
const buildCache = process.env.KB_BUILD_CACHE?.trim()

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  integrations: [mdx(), pagefindIntegration(), keptRendererIntegration()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(buildCache ? { cacheDir: buildCache } : {}),
  experimental: { incrementalBuild: Boolean(buildCache) },
})
