import { eq, type AnyColumn, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Rows written straight through the database adapter's Drizzle tables, for the few paths where
 * Payload's Local API costs too much: a public form post under load (a sign-up, a petition
 * signature) and the mail queue behind them. Payload still owns these tables (schema,
 * migrations, admin, access rules); only the write skips its operation layer (hooks, field
 * validation, read-back), so callers validate first and the collections written this way have
 * no hooks that matter on create. Decision 014 has the measurements and the rules.
 */

export type Row = Record<string, unknown>
/** A Drizzle table as the adapter builds it: its columns by field name. */
export type Table = Record<string, unknown> & { id: unknown }

type Query = PromiseLike<unknown>
type Insert = Query & { returning: (fields?: Row) => PromiseLike<Row[]>; onConflictDoNothing: () => Query }
type Select = { from: (table: Table) => { where: (condition: SQL | undefined) => { limit: (count: number) => PromiseLike<Row[]> } } }
export type Drizzle = {
  insert: (table: Table) => { values: (rows: Row | Row[]) => Insert }
  update: (table: Table) => { set: (values: Row) => { where: (condition: SQL | undefined) => Query } }
  select: (fields?: Row) => Select
  batch?: (queries: Query[]) => Promise<unknown[]>
  transaction: <T>(work: (tx: Drizzle) => Promise<T>) => Promise<T>
}

type DrizzleAdapter = {
  name: string
  drizzle: Drizzle
  tables: Record<string, Table>
  tableNameMap: Map<string, string>
  sessions?: Record<string, { db: Drizzle } | undefined>
}

function adapter(payload: Payload): DrizzleAdapter {
  const db = payload.db as unknown as Partial<DrizzleAdapter>
  if (!db.drizzle || !db.tables || !db.tableNameMap) throw new Error('direct writes need a Drizzle database adapter (SQLite or PostgreSQL)')
  return db as DrizzleAdapter
}

/** The Drizzle instance: in a caller's Payload transaction (PostgreSQL), that transaction's. */
export async function drizzleOf(payload: Payload, req?: PayloadRequest): Promise<Drizzle> {
  const db = adapter(payload)
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle
}

/** A collection's table (slug "mail-outbox" is table "mail_outbox" unless renamed). */
export function tableOf(payload: Payload, slug: string): Table {
  const db = adapter(payload)
  const name = slug.replace(/-/g, '_')
  const table = db.tables[db.tableNameMap.get(name) ?? name]
  if (!table) throw new Error(`no database table for ${slug}`)
  return table
}

/** A column of a table, for conditions (`eq(columnOf(table, 'emailKey'), key)`). */
export function columnOf(table: Table, field: string): AnyColumn {
  const column = table[field]
  if (!column) throw new Error(`no column for field ${field}`)
  return column as AnyColumn
}

/** One statement of an atomic write, built on the Drizzle it is given (a transaction's, on PostgreSQL). */
export type Statement = (db: Drizzle) => Query

/** Payload's timestamps, which its own writes set and direct writes must set too. */
export const timestamps = (at = new Date()): { createdAt: string; updatedAt: string } => ({ createdAt: at.toISOString(), updatedAt: at.toISOString() })

/** An insert of one row, with Payload's timestamps. */
export const insertRow =
  (table: Table, row: Row, at?: Date): Statement =>
  (db) =>
    db.insert(table).values({ ...timestamps(at), ...row })

/** An update of the row with this id, with Payload's updatedAt. */
export const updateRow =
  (table: Table, id: number | string, values: Row, at = new Date()): Statement =>
  (db) =>
    db
      .update(table)
      .set({ ...values, updatedAt: at.toISOString() })
      .where(eq(columnOf(table, 'id'), id))

/**
 * The first row a condition matches, only the fields asked for (in a caller's transaction when
 * req has one). `where` gets the table's columns by field name.
 */
export async function selectRow<T extends Row>(
  payload: Payload,
  slug: string,
  fields: readonly (keyof T & string)[],
  where: (column: (field: string) => AnyColumn) => SQL | undefined,
  req?: PayloadRequest,
): Promise<T | undefined> {
  const table = tableOf(payload, slug)
  const column = (field: string) => columnOf(table, field)
  const db = await drizzleOf(payload, req)
  const [row] = await db
    .select(Object.fromEntries(fields.map((field) => [field, column(field)])))
    .from(table)
    .where(where(column))
    .limit(1)
  return row as T | undefined
}

/**
 * Runs the statements as one transaction: all of them or none. In a caller's Payload
 * transaction (PostgreSQL) they join it and commit with it. On SQLite they run as one batch on
 * the adapter's connection: BEGIN, the statements and COMMIT execute synchronously, so nothing
 * else in the process interleaves and one disk sync covers them all. Returns each statement's
 * result (rows for an insert with `returning`).
 */
export async function writeAtomically(payload: Payload, statements: Statement[], req?: PayloadRequest): Promise<unknown[]> {
  const db = adapter(payload)
  const session = await drizzleOf(payload, req)
  if (session !== db.drizzle) return runInOrder(session, statements)
  if (db.name === 'sqlite' && db.drizzle.batch) return db.drizzle.batch(statements.map((statement) => statement(db.drizzle)))
  return db.drizzle.transaction((tx) => runInOrder(tx, statements))
}

async function runInOrder(db: Drizzle, statements: Statement[]): Promise<unknown[]> {
  const results: unknown[] = []
  for (const statement of statements) results.push(await statement(db))
  return results
}

const causes = (error: unknown): Record<string, unknown>[] => {
  const chain: Record<string, unknown>[] = []
  for (let current = error; current && typeof current === 'object' && chain.length < 5; current = (current as { cause?: unknown }).cause) {
    chain.push(current as Record<string, unknown>)
  }
  return chain
}

/**
 * True when a write failed because a unique column already holds the value: SQLite names it
 * "table.column" in the message, PostgreSQL (code 23505) in the detail "Key (column)=…".
 */
export function isUniqueViolation(error: unknown, column: string): boolean {
  return causes(error).some((e) => {
    const text = [e.message, e.detail].filter((part) => typeof part === 'string').join(' ')
    const unique = e.code === '23505' || /UNIQUE constraint failed/.test(text)
    return unique && (text.includes(`.${column}`) || text.includes(`(${column})`))
  })
}
