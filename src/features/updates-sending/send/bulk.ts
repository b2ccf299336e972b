import { inArray, sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import { deliveriesSlug } from '../collections/UpdateDeliveries'

/**
 * Many delivery rows in one statement. Payload's own API writes one row per statement and, on
 * SQLite, one commit (one disk sync) each, which would cap a send far below the 200 messages per
 * second it must reach. Both adapters are Drizzle underneath and expose it as `payload.db.drizzle`
 * (Payload's documented way to raw queries); `inArray` and `sql` build the same SQL for either.
 */
type Table = Record<string, unknown> & { id: unknown; attempts: unknown }
type Statement = PromiseLike<unknown> & { onConflictDoNothing: () => PromiseLike<unknown>; where: (condition: SQL | undefined) => PromiseLike<unknown> }
type Drizzle = {
  insert: (table: Table) => { values: (rows: Record<string, unknown>[]) => Statement }
  update: (table: Table) => { set: (values: Record<string, unknown>) => Statement }
}

function deliveriesTable(payload: Payload): { drizzle: Drizzle; table: Table } {
  const db = payload.db as unknown as { drizzle: Drizzle; tables: Record<string, Table>; tableNameMap: Map<string, string> }
  const table = db.tables[db.tableNameMap.get('update_deliveries') ?? 'update_deliveries']
  if (!table) throw new Error(`no table for ${deliveriesSlug}`)
  return { drizzle: db.drizzle, table }
}

export type NewDelivery = { update: number; supporter: number; key: string; messageId: string }

/** Queued deliveries for these recipients; a key that exists already is left as it is. */
export async function insertDeliveries(payload: Payload, rows: NewDelivery[]): Promise<void> {
  if (!rows.length) return
  const { drizzle, table } = deliveriesTable(payload)
  await drizzle
    .insert(table)
    .values(rows.map((row) => ({ ...row, status: 'queued', attempts: 0 })))
    .onConflictDoNothing()
}

/** Marks these deliveries sent, in one statement. */
export async function markSent(payload: Payload, ids: number[], via: 'smtp' | 'outbox', sentAt = new Date()): Promise<void> {
  if (!ids.length) return
  const { drizzle, table } = deliveriesTable(payload)
  await drizzle
    .update(table)
    .set({ status: 'sent', sentAt: sentAt.toISOString(), updatedAt: sentAt.toISOString(), deliveredVia: via, nextAttemptAt: null, attempts: sql`${table.attempts} + 1` })
    .where(inArray(table.id as Parameters<typeof inArray>[0], ids))
}
