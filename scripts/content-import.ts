/**
 * `pnpm content:import [folder]`: checks the whole library, then upserts it into the CMS
 * (SQLite by default, or DATABASE_URL) in one transaction, and prints what changed.
 */
import { checkLibrary, formatProblem } from '@kb/content/files'
import { importLibrary } from '@kb/cms/library'
import { openCms, runScript } from './open-cms.ts'

await runScript('content:import', async () => {
  const { library, problems } = checkLibrary(process.argv[2])
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem))
    throw new Error(`${problems.length} problem(s) in the library; nothing was imported.`)
  }
  const payload = await openCms()
  const report = await importLibrary(payload, library)
  for (const [part, counts] of Object.entries(report)) {
    if (part === 'total') continue
    console.log(`${part.padEnd(11)} ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`)
  }
  const { created, updated, unchanged } = report.total
  console.log(`content:import: ${created} created, ${updated} updated, ${unchanged} unchanged.`)
})
