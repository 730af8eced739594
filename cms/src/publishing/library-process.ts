/**
 * Forked by `forkLibraryServer` (library-source.ts) for a build that has no Payload of its own:
 * opens the CMS on the environment it was given, serves the published library for one build
 * (`serveLibraryForBuild`) and sends `{ url, apiKey }` over IPC, or `{ error }`. Exits when the
 * parent disconnects.
 */
import { getPayload } from 'payload'
import { serveLibraryForBuild } from './library-server.ts'

const send = (message: { url: string; apiKey: string } | { error: string }) => process.send?.(message)

try {
  const { default: config } = await import('../payload.config.ts')
  const payload = await getPayload({ config })
  const server = await serveLibraryForBuild(payload)
  process.on('disconnect', () => void server.close().then(() => payload.destroy()).finally(() => process.exit(0)))
  send({ url: server.url, apiKey: server.apiKey })
} catch (error) {
  send({ error: error instanceof Error ? error.message : String(error) })
  process.exit(1)
}
