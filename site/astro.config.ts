import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'
import { pagefindIntegration } from './src/integrations/pagefind.ts'

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  integrations: [mdx(), pagefindIntegration()],
  trailingSlash: 'always',
  build: { format: 'directory' },
})
