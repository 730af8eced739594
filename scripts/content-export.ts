/** `pnpm content:export [folder]`: writes the CMS's published content back to `content/library/`. */
import { LIBRARY_DIR, writeLibrary } from '@kb/content/files'
import { exportLibrary } from '@kb/cms/library'
import { openCms, runScript } from './open-cms.ts'

await runScript('content:export', async () => {
  const target = process.argv[2] ?? LIBRARY_DIR
  const library = await exportLibrary(await openCms())
  const written = writeLibrary(target, library)
  console.log(`content:export: wrote ${written} entries to ${target}.`)
})
