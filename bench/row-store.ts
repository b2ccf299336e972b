import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import pg from 'pg'
import { createPostgresDatabase, type TestDatabase } from '../tests/helpers/test-database'

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

/**
 * A fresh database of the benchmark's own on the PostgreSQL server at BENCH_POSTGRES_URL (made
 * and dropped by the tests' helper), or undefined (the PostgreSQL target skipped) when none answers.
 */
export async function createBenchPostgres(serverUrl: string): Promise<BenchPostgres | undefined> {
  if (!serverUrl) {
    console.log('PostgreSQL target skipped: BENCH_POSTGRES_URL is empty')
    return undefined
  }
  let database: TestDatabase
  try {
    database = await createPostgresDatabase(serverUrl, 'abolition_bench')
  } catch (error) {
    console.log(`PostgreSQL target skipped: no server at ${serverUrl} (${error instanceof Error ? error.message : String(error)})`)
    return undefined
  }
  const { url } = database
  return {
    url,
    count: async (sql) => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        const { rows } = await client.query<{ n: string }>(sql)
        return Number(rows[0]?.n ?? 0)
      } finally {
        await client.end()
      }
    },
    drop: database.drop,
  }
}
