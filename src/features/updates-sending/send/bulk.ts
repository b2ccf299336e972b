import { inArray, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import { columnOf, drizzleOf, tableOf } from '../../../db/direct'
import { deliveriesSlug } from '../collections/UpdateDeliveries'

/**
 * Many delivery rows in one statement. Payload's own API writes one row per statement and, on
 * SQLite, one commit (one disk sync) each, which would cap a send far below the 200 messages per
 * second it must reach. `inArray` and `sql` build the same SQL for either adapter (decision 014).
 */

export type NewDelivery = { update: number; supporter: number; key: string; messageId: string }

/** Queued deliveries for these recipients; a key that exists already is left as it is. */
export async function insertDeliveries(payload: Payload, rows: NewDelivery[]): Promise<void> {
  if (!rows.length) return
  const drizzle = await drizzleOf(payload)
  await drizzle
    .insert(tableOf(payload, deliveriesSlug))
    .values(rows.map((row) => ({ ...row, status: 'queued', attempts: 0 })))
    .onConflictDoNothing()
}

/** Marks these deliveries sent, in one statement. */
export async function markSent(payload: Payload, ids: number[], via: 'smtp' | 'outbox', sentAt = new Date()): Promise<void> {
  if (!ids.length) return
  const table = tableOf(payload, deliveriesSlug)
  const drizzle = await drizzleOf(payload)
  await drizzle
    .update(table)
    .set({ status: 'sent', sentAt: sentAt.toISOString(), updatedAt: sentAt.toISOString(), deliveredVia: via, nextAttemptAt: null, attempts: sql`${columnOf(table, 'attempts')} + 1` })
    .where(inArray(columnOf(table, 'id'), ids))
}
