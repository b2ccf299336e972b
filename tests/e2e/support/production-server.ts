import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { serverNodeFlags } from '../../../scripts/server-node-flags.mjs'
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database'
import { freePort } from './free-port'
import { buildLockFile, ensureProductionBuild, hasFlock } from './production-build'

/** What a test file needs to know about the running server (plain data: it crosses processes). */
export type ServerInfo = {
  baseUrl: string
  adminEmail: string
  adminPassword: string
  /** Everything the server prints, for failure reports. */
  logFile: string
}

export type ProductionServer = ServerInfo & { stop: () => Promise<void> }

const root = path.resolve(import.meta.dirname, '../../..')
const startTimeoutMs = 120_000
const requestTimeoutMs = 15_000

export function tailOf(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no server log)'
  }
}

/** Resolves when the child exits, so start-up can fail fast instead of timing out. */
const exitOf = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => child.once('exit', (code) => resolve(code)))

async function fetchStatus(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(requestTimeoutMs), redirect: 'manual' })
    await response.arrayBuffer()
    return response.status
  } catch {
    return undefined
  }
}

/**
 * Waits for /readyz and then for a public page: the admin side can be healthy while the site
 * side hangs, so both must answer, each request with its own timeout.
 */
async function waitUntilServing(baseUrl: string, exited: Promise<number | null>, logFile: string): Promise<void> {
  const deadline = Date.now() + startTimeoutMs
  let exitCode: number | null | undefined
  void exited.then((code) => (exitCode = code))
  for (const probe of ['/readyz', '/']) {
    for (;;) {
      if (exitCode !== undefined) throw new Error(`server exited with ${exitCode} while starting:\n${tailOf(logFile, 40)}`)
      if (Date.now() > deadline) throw new Error(`server did not answer ${probe} with 200 in ${startTimeoutMs / 1000}s:\n${tailOf(logFile, 40)}`)
      if ((await fetchStatus(`${baseUrl}${probe}`)) === 200) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

/** SIGTERM to the server's process group, then SIGKILL if it has not exited within 10 s. */
async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const pid = child.pid
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal)
    } catch {
      // Already gone.
    }
  }
  signalGroup('SIGTERM')
  let timer: NodeJS.Timeout | undefined
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 10_000))),
  ])
  clearTimeout(timer)
  if (timedOut) signalGroup('SIGKILL')
}

/**
 * Starts the production build (`dist/server.js` on the project's Node 24) on a fresh data folder
 * and database, with demo content and an admin account. While it runs it holds the build lock
 * shared, so a rebuild elsewhere on this machine cannot swap `.next` under a running test.
 */
export async function startProductionServer(extraEnv: (baseUrl: string) => Record<string, string> = () => ({})): Promise<ProductionServer> {
  ensureProductionBuild(root)
  const dataDir = mkdtempSync(path.join(tmpdir(), 'abolition-e2e-'))
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true })
  let database: TestDatabase
  let port: number
  try {
    database = await createTestDatabase(dataDir)
    port = await freePort()
  } catch (error) {
    removeDataDir()
    throw error
  }
  const baseUrl = `http://localhost:${port}`
  const adminEmail = 'editor@example.org'
  const adminPassword = `e2e-${randomBytes(12).toString('hex')}`
  const logFile = path.join(dataDir, 'server.log')
  const log = openSync(logFile, 'a')

  const serverCommand = [path.join(root, 'node_modules/.bin/node'), ...serverNodeFlags, 'dist/server.js']
  const flock = hasFlock()
  // Wait for a build in progress to finish before the start-up clock begins.
  if (flock) spawnSync('flock', ['-s', buildLockFile, 'true'], { stdio: 'ignore' })
  // --no-fork: flock becomes the server process, so the child we watch and stop is the server.
  const command = flock ? ['flock', '--shared', '--no-fork', buildLockFile, ...serverCommand] : serverCommand
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      SITE_URL: baseUrl,
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
      SEED: 'on',
      PAGE_CACHE: 'on',
      ...extraEnv(baseUrl),
    },
  })
  closeSync(log)
  const exited = exitOf(child)
  const stop = async () => {
    await stopGroup(child, exited)
    await database.drop()
    removeDataDir()
  }
  const started = Date.now()
  try {
    await waitUntilServing(baseUrl, exited, logFile)
  } catch (error) {
    await stop()
    throw error
  }
  console.log(`[e2e] production server ready at ${baseUrl} in ${Date.now() - started} ms`)
  return { baseUrl, adminEmail, adminPassword, logFile, stop }
}
