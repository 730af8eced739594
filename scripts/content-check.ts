/** `pnpm content:check`: validates every library file and reference; exit 1 on any problem. */
import { checkLibrary, formatProblem } from '@kb/content/files'

const { library, problems } = checkLibrary(process.argv[2])
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem))
  console.error(`\ncontent:check found ${problems.length} problem(s).`)
  process.exit(1)
}
const counts = Object.entries(library).map(([part, list]) => `${list.length} ${part}`).join(', ')
console.log(`content:check: library is valid (${counts}).`)
