import { spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { serverNodeFlags } from '../scripts/server-node-flags.mjs'
import { stopChild, track } from './children'
import { httpGet } from './http-get'
import { waitUntilServing } from './wait-until'

export type RunningServer = { baseUrl: string; pid: number; stop: () => Promise<void> }

export type SiteServerOptions = {
  port: number
  dataDir: string
  /** Extra environment for this server, e.g. PAGE_CACHE=off. */
  env: Record<string, string>
  /** A public page that must answer 200 once the server is ready (the seed runs before it listens). */
  pagePath: string
  logName: string
  startTimeoutMs: number
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

/**
 * The production server exactly as `npm start` runs it (with its Node flags), on the benchmark's
 * own database. Its output goes to a file: a pipe nobody reads would stall it, and reading it
 * would cost the benchmark CPU it shares with the server.
 */
export async function startSiteServer(options: SiteServerOptions): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`
  const logFile = path.join(options.dataDir, `${options.logName}.log`)
  const log = openSync(logFile, 'a')
  const child = spawn(process.execPath, [...serverNodeFlags, 'dist/server.js'], {
    cwd: process.cwd(),
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(options.port),
      SITE_URL: `http://localhost:${options.port}`,
      DATA_DIR: options.dataDir,
      DATABASE_URL: `file:${path.join(options.dataDir, 'site.db')}`,
      RATE_LIMITS: 'off',
      SEED: 'on',
      ...options.env,
    },
  })
  closeSync(log)
  track(child)
  let exit: string | undefined
  child.once('exit', (code, signal) => (exit = signal ? `signal ${signal}` : `exit code ${code}`))
  child.once('error', (error) => (exit = error.message))

  try {
    await waitUntilServing({ baseUrl, path: '/readyz', timeoutMs: options.startTimeoutMs, exited: () => exit })
    const page = await httpGet(`${baseUrl}${options.pagePath}`)
    if (page.status !== 200) throw new Error(`${options.pagePath} answered HTTP ${page.status} (is the demo content seeded?)`)
  } catch (error) {
    await stopChild(child)
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`the production server did not start: ${reason}\n--- last lines of ${logFile} ---\n${tail(logFile)}`)
  }
  if (child.pid === undefined) throw new Error('the production server has no pid')
  return { baseUrl, pid: child.pid, stop: () => stopChild(child) }
}
