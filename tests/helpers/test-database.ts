import { randomBytes } from 'node:crypto'
import path from 'node:path'
import pg from 'pg'

export type TestDatabase = {
  /** The DATABASE_URL the app under test uses. */
  url: string
  /** Removes the database (the SQLite file goes with its temporary data folder). */
  drop: () => Promise<void>
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * A fresh, empty database for one test file: a SQLite file inside the file's data folder, or,
 * when TEST_DATABASE_URL names a PostgreSQL server, a database of its own created there (so
 * files can run side by side) and dropped afterwards.
 */
export async function createTestDatabase(dataDir: string): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) return { url: `file:${path.join(dataDir, 'site.db')}`, drop: async () => {} }
  return createPostgresDatabase(serverUrl, `abolition_test_${process.pid}`)
}

/** A new database on the PostgreSQL server, named from the prefix and a random part, and its drop. */
export async function createPostgresDatabase(serverUrl: string, prefix: string): Promise<TestDatabase> {
  // Only lower-case letters, digits and underscores: safe to quote as an identifier.
  const name = `${prefix}_${randomBytes(4).toString('hex')}`
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a safe database name: ${name}`)
  await onServer(serverUrl, `CREATE DATABASE "${name}"`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  }
}
