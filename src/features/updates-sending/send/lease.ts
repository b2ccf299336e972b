import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import type { Update } from '../../../payload-types'

/**
 * One sender per update. The update records which job may send it (its lease) and until when; a
 * sender extends the lease as it works. A lease that ran out means its sender died (a crash, a
 * restart): the dispatcher then starts a new job with a new lease, and the old one, should it
 * ever run, finds the lease is not its own and stops.
 */
export const leaseMs = 2 * 60 * 1000

/** How often a working sender extends its lease (well inside leaseMs, even with a slow server). */
export const heartbeatMs = 5_000

export const newLease = (): string => randomUUID()

export const leaseExpiry = (from = Date.now()): string => new Date(from + leaseMs).toISOString()

/** The sender's writes to its update go straight to the database: no hooks, no cache invalidation. */
const atomic = { atomic: true }

/**
 * Takes the update's lease for this job, atomically: only when the lease is already this job's,
 * or has run out. False when another sender holds it (or the update is not sending).
 */
export async function claimLease(payload: Payload, updateId: number, lease: string, now = Date.now()): Promise<boolean> {
  const claimed: unknown = await payload.db.updateOne({
    collection: 'updates',
    where: {
      and: [
        { id: { equals: updateId } },
        { status: { equals: 'sending' } },
        { or: [{ leaseHolder: { equals: lease } }, { leaseUntil: { less_than: new Date(now).toISOString() } }, { leaseUntil: { exists: false } }] },
      ],
    },
    data: { leaseHolder: lease, leaseUntil: leaseExpiry(now) },
    options: atomic,
  })
  return Boolean(claimed)
}

type LeaseData = Partial<Pick<Update, 'leaseHolder' | 'recipientsCursor' | 'recipientsResolved'>> & { leaseUntil: string }

/**
 * Extends the lease (with the send's progress, or handing it to a follow-up job), only while it is
 * still this job's: false when it is not.
 */
export async function renewLease(payload: Payload, updateId: number, lease: string, data: LeaseData): Promise<boolean> {
  const renewed: unknown = await payload.db.updateOne({
    collection: 'updates',
    where: { and: [{ id: { equals: updateId } }, { leaseHolder: { equals: lease } }] },
    data,
    options: atomic,
  })
  return Boolean(renewed)
}

export class LeaseLostError extends Error {
  constructor(updateId: number) {
    super(`update ${updateId}: another sender holds the lease now; this one stops`)
    this.name = 'LeaseLostError'
  }
}

/** Renews the lease at most every heartbeatMs; throws LeaseLostError once it is someone else's. */
export function heartbeat(payload: Payload, updateId: number, lease: string): () => Promise<void> {
  let last = Date.now()
  return async () => {
    if (Date.now() - last < heartbeatMs) return
    last = Date.now()
    if (!(await renewLease(payload, updateId, lease, { leaseUntil: leaseExpiry(last) }))) throw new LeaseLostError(updateId)
  }
}

/** Gives a send whose sender died (its lease ran out) to a new job's lease; false if it is not stale. */
export async function takeOverStaleLease(payload: Payload, updateId: number, lease: string, now = Date.now()): Promise<boolean> {
  const taken: unknown = await payload.db.updateOne({
    collection: 'updates',
    where: { and: [{ id: { equals: updateId } }, { status: { equals: 'sending' } }, { or: [{ leaseUntil: { less_than: new Date(now).toISOString() } }, { leaseUntil: { exists: false } }] }] },
    data: { leaseHolder: lease, leaseUntil: leaseExpiry(now) },
    options: atomic,
  })
  return Boolean(taken)
}
