import { randomBytes } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Migration, type Payload } from 'payload'
import { env, type Env } from '../../src/env'
import { createTestDatabase } from './test-database'

export type TestPayload = {
  payload: Payload
  env: Env
  /** This file's DATA_DIR (uploaded media land in DATA_DIR/media). */
  dataDir: string
  close: () => Promise<void>
}

/** The variables the app reads at config import, pointed at this file's own folder and database. */
function useTestEnvironment(dataDir: string, databaseUrl: string): void {
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SITE_URL: 'http://localhost:3000',
    // No background job runner and no dependency check: a test drives everything itself.
    PAYLOAD_JOBS: 'off',
    PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
    PAGE_CACHE: 'on',
  })
  delete process.env.ADMIN_EMAIL
  delete process.env.ADMIN_PASSWORD
  // env() caches on globalThis; a stale copy would point at another file's database.
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('abolition.env')]
}

/**
 * The migrations a production start applies (the adapter's prodMigrations). Tests run them
 * explicitly: outside production Payload neither migrates nor, with push off, creates tables.
 */
async function applyCommittedMigrations(payload: Payload): Promise<void> {
  const { prodMigrations } = payload.db as { prodMigrations?: Migration[] }
  if (!prodMigrations?.length) throw new Error('The database adapter has no committed migrations to apply.')
  await payload.db.migrate({ migrations: prodMigrations })
}

/**
 * destroy() leaves connections open, and the PostgreSQL adapter keeps one client checked out for
 * good (so pool.end() would wait forever). Dropping the database WITH (FORCE) ends them; the pool
 * must not treat that as a crash.
 */
const isClosable = (value: unknown): value is { close: () => void } =>
  typeof value === 'object' && value !== null && 'close' in value && typeof value.close === 'function'

function releaseConnections(payload: Payload): void {
  const db: object = payload.db
  if ('pool' in db && db.pool instanceof EventEmitter) db.pool.on('error', () => {})
  if ('client' in db && isClosable(db.client)) db.client.close()
}

/**
 * A real Payload instance on a fresh database for the current test file, with the committed
 * migrations applied exactly as a production start applies them (no schema push). Call once in
 * beforeAll and close in afterAll; Vitest gives every file its own process, and Payload keeps one
 * instance per process.
 */
export async function startTestPayload(): Promise<TestPayload> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'abolition-test-'))
  const database = await createTestDatabase(dataDir)
  useTestEnvironment(dataDir, database.url)

  const { default: configPromise } = await import('../../src/payload.config')
  const config = await configPromise
  // Outside production Payload regenerates src/payload-types.ts in a child process on every
  // start; tests must not write to the source tree.
  config.typescript.autoGenerate = false
  // Quiet by default (TEST_LOG_LEVEL=info to see Payload's log). Object.assign because the
  // sanitised config types the logger options as fully required.
  Object.assign(config, { logger: { options: { level: process.env.TEST_LOG_LEVEL ?? 'error' } } })

  const payload = await getPayload({ config })
  const removeEverything = async () => {
    releaseConnections(payload)
    await database.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await applyCommittedMigrations(payload)
  } catch (error) {
    await removeEverything()
    throw error
  }

  return {
    payload,
    env: env(),
    dataDir,
    close: async () => {
      await payload.destroy()
      await removeEverything()
    },
  }
}
