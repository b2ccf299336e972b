import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import pg from 'pg'

/** Where a target's rows are counted from while its server keeps running (queries return `n`). */
export type RowStore = { count: (sql: string) => Promise<number> }

export function sqliteRows(dataDir: string): RowStore {
  return {
    count: (sql) => {
      const db = new DatabaseSync(path.join(dataDir, 'site.db'), { readOnly: true })
      try {
        return Promise.resolve(Number((db.prepare(sql).get() as { n: number }).n))
      } finally {
        db.close()
      }
    },
  }
}

export type BenchPostgres = RowStore & { url: string; drop: () => Promise<void> }

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
 * A fresh database of the benchmark's own on the PostgreSQL server at BENCH_POSTGRES_URL, dropped
 * afterwards; undefined (and the PostgreSQL target skipped) when no server answers there.
 */
export async function createBenchPostgres(serverUrl: string): Promise<BenchPostgres | undefined> {
  if (!serverUrl) {
    console.log('PostgreSQL target skipped: BENCH_POSTGRES_URL is empty')
    return undefined
  }
  // Lower-case letters, digits and underscores only: safe to quote as an identifier.
  const name = `abolition_bench_${randomBytes(4).toString('hex')}`
  try {
    await onServer(serverUrl, `CREATE DATABASE "${name}"`)
  } catch (error) {
    console.log(`PostgreSQL target skipped: no server at ${serverUrl} (${error instanceof Error ? error.message : String(error)})`)
    return undefined
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    count: async (sql) => {
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      try {
        const { rows } = await client.query<{ n: string }>(sql)
        return Number(rows[0]?.n ?? 0)
      } finally {
        await client.end()
      }
    },
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  }
}
