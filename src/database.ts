import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { migrations as postgresMigrations } from './migrations/postgres/index'
import { migrations as sqliteMigrations } from './migrations/sqlite/index'

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url)

// PAYLOAD_MIGRATION_DIR lets `npm run check:migrations` diff the schema against a copy of the migrations.
const migrationDir = (adapter: string) =>
  process.env.PAYLOAD_MIGRATION_DIR || path.resolve(process.cwd(), 'src/migrations', adapter)

/**
 * SQLite (a file under data/) is the embedded default; a postgres:// URL switches to PostgreSQL.
 * Each adapter keeps its own committed migrations; production start applies the pending ones
 * (prodMigrations) before the server answers, and `push` is only used in development.
 */
export function databaseAdapter(databaseUrl: string, nodeEnv: string): DatabaseAdapterObj {
  const push = nodeEnv === 'development' && process.env.PAYLOAD_PUSH !== 'off'
  if (isPostgresUrl(databaseUrl)) {
    return postgresAdapter({
      pool: { connectionString: databaseUrl, max: 10 },
      migrationDir: migrationDir('postgres'),
      prodMigrations: postgresMigrations,
      push,
    })
  }
  const file = databaseUrl.replace(/^file:/, '')
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return sqliteAdapter({
    client: { url: `file:${file}` },
    migrationDir: migrationDir('sqlite'),
    prodMigrations: sqliteMigrations,
    push,
    // WAL lets readers (every page render) carry on while a writer commits.
    wal: true,
  })
}
