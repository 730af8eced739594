import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'
import { pagefindIntegration } from './src/integrations/pagefind.ts'
import { keptRendererIntegration } from './src/republish/kept-renderer.ts'

/**
 * `KB_BUILD_CACHE`: a folder this site's builds share (the publishing pipeline sets it, one per
 * site output): Astro's cache (the content layer's store), the parts of the search vocabulary a
 * build can reuse, and the snapshot a content-only republish starts from (src/republish/). Without
 * it, builds share nothing, so builds of different libraries never mix.
 *
 * No `experimental.incrementalBuild`: content-only republishing re-renders only what changed
 * without Vite, and Astro's cache made every full build write each page twice (to the output and
 * to the cache) while copying a page back from it cost as much as rendering it again. Measured at
 * 1,000 entries on 2 cores, interleaved: a full build 10.1 to 11.8 s without it, 13.5 to 18.6 s
 * with it; a new process's first build with a warm cache 11.8 s with it, 12.1 s without.
 *
 * `build.concurrency`: pages rendered at once. One at a time, the build waited on each page's file
 * writes (about half the rendering time idle at 1,000 entries); 8 saved 2 to 3 s of about 15.
 */
const buildCache = process.env.KB_BUILD_CACHE?.trim()

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  integrations: [mdx(), pagefindIntegration(), keptRendererIntegration()],
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 8 },
  ...(buildCache ? { cacheDir: buildCache } : {}),
})
