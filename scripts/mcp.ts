/**
 * `pnpm mcp`: the knowledge base's MCP server over stdio, for desktop assistants. Reads the local
 * CMS database (or `DATABASE_URL`) as an anonymous reader: published content only, never drafts;
 * searches the live site build (`site/live`). Standard output carries the protocol only, so the
 * CMS logs nothing and messages go to standard error.
 */
import { serveOverStdio } from '@kb/cms/mcp'
import { openCms } from './open-cms.ts'

process.env.KB_LOG_LEVEL = 'silent'
console.log = console.error
console.info = console.error
const close = await serveOverStdio(await openCms())
console.error('kb mcp: serving the knowledge base over stdio (published content only)')
const stop = async () => {
  await close()
  process.exit(0)
}
process.stdin.on('close', stop)
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
