import { spawn } from 'node:child_process'

/** A read transaction another process holds on a SQLite file, as the site build or an export does. */
export interface HeldRead {
  /** Resolves once the other process has its read lock (its first SELECT has run). */
  started: Promise<void>
  /** Resolves when the other process has committed and exited. */
  finished: Promise<void>
}

/**
 * Starts another Node process that opens `file` with Node's own SQLite (not the CMS's driver),
 * runs `BEGIN; SELECT count(*) FROM <table>`, holds that for `holdMs`, then commits.
 */
export function holdReadTransaction(file: string, table: string, holdMs: number): HeldRead {
  return holdTransaction('BEGIN', file, table, holdMs)
}

/**
 * The same with `BEGIN IMMEDIATE`: the other process holds the file's write lock, as
 * `pnpm content:import` does for the length of its import.
 */
export function holdWriteTransaction(file: string, table: string, holdMs: number): HeldRead {
  return holdTransaction('BEGIN IMMEDIATE', file, table, holdMs)
}

function holdTransaction(begin: string, file: string, table: string, holdMs: number): HeldRead {
  const program = `
    const { DatabaseSync } = require('node:sqlite')
    const db = new DatabaseSync(process.argv[1])
    db.exec('${begin}')
    db.prepare('SELECT count(*) AS n FROM "' + process.argv[2] + '"').get()
    process.stdout.write('locked\\n')
    setTimeout(() => { db.exec('COMMIT'); db.close() }, Number(process.argv[3]))
  `
  const child = spawn(process.execPath, ['--no-warnings', '-e', program, file, table, String(holdMs)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const started = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve())
    child.on('exit', (code) => reject(new Error(`the reader exited (${code}) before taking its lock`)))
  })
  const finished = new Promise<void>((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the reader exited with ${code}`)))),
  )
  return { started, finished }
}
