/** `pnpm content:format [folder]`: rewrites every valid library file in the canonical layout export uses. */
import { LIBRARY_DIR, REPO_ROOT, readLibrary, writeLibrary } from '@kb/content/files'

const dir = process.argv[2] ?? LIBRARY_DIR
const { library, problems } = readLibrary(dir, REPO_ROOT)
const blocking = problems.filter((problem) => problem.kind !== 'layout')
if (blocking.length > 0) {
  console.error(`content:format: fix the ${blocking.length} problem(s) that content:check reports first; nothing was rewritten.`)
  process.exit(1)
}
console.log(`content:format: wrote ${writeLibrary(dir, library)} entries in ${dir}.`)
