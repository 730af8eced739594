// The peer `pnpm bench:site` measures the site against: Starlight as its docs show it, over the
// Markdown that scripts/lib/starlight-content.ts writes into src/content/docs/.
// STARLIGHT_SIDEBAR=empty gives it an empty sidebar (Starlight's default lists every page on every page).
import starlight from '@astrojs/starlight'
import { defineConfig } from 'astro/config'

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: 'Knowledge base (Starlight)',
      ...(process.env.STARLIGHT_SIDEBAR === 'empty' ? { sidebar: [] } : {}),
    }),
  ],
})
