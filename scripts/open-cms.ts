/** Opens the CMS for a command-line script: Payload on the configured database, migrations applied. */
import { getPayload, type Payload } from 'payload'

export async function openCms(): Promise<Payload> {
  process.env.KB_LOG_LEVEL ??= 'error'
  // Imported here so a bad DATABASE_URL surfaces as this script's error, with its message.
  const { default: config } = await import('@kb/cms/config')
  return getPayload({ config })
}

/** Runs a script body, printing a one-line reason instead of a stack trace when it fails. */
export async function runScript(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body()
    process.exit(0)
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
