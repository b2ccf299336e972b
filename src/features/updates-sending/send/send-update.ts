import type { Payload } from 'payload'
import { env as readEnv, type Env } from '../../../env'
import type { Update } from '../../../payload-types'
import { mailFrom } from '../../mail'
import { supportersSlug } from '../../updates/collections/Supporters'
import { deliveriesSlug, deliveryKey } from '../collections/UpdateDeliveries'
import { updatesSlug } from '../collections/Updates'
import { senderContext } from '../hooks/guard-status'
import { updatesQueue } from '../queue'
import { recipientPages } from '../recipients'
import { renderUpdate } from '../render-update'
import { insertDeliveries } from './bulk'
import { deliver, updateMessageId, type Recipient, type SendContext } from './deliver'
import { claimLease, heartbeat, LeaseLostError, leaseExpiry, newLease, renewLease } from './lease'
import { eachLimited, pacer } from './pace'
import { deliveryCounts } from './progress'
import { SentRecorder } from './sent-recorder'

export type SendOutcome = 'lease-held' | 'sent' | 'waiting-for-retries'

export type SendOptions = {
  env?: Env
  /** Deliveries read and sent per round (one query for them, one for their supporters). */
  batchSize?: number
  /** Messages in flight at once (default UPDATES_SMTP_CONNECTIONS: one per connection). */
  concurrency?: number
}

/**
 * Phase 1: a delivery row (queued) for every recipient, resolved now, a page of supporters at a
 * time in id order, in one statement per page. The last id handled is saved with each page, so a
 * restart carries on from there; the unique key makes a row created twice impossible.
 */
async function createDeliveries(payload: Payload, update: Update, lease: string, siteHost: string): Promise<void> {
  const updateId = Number(update.id)
  for await (const page of recipientPages(payload, update, update.recipientsCursor ?? 0)) {
    await insertDeliveries(
      payload,
      page.ids.map((supporterId) => {
        const key = deliveryKey(updateId, supporterId)
        return { update: updateId, supporter: supporterId, key, messageId: updateMessageId(key, siteHost) }
      }),
    )
    if (!(await renewLease(payload, updateId, lease, { leaseUntil: leaseExpiry(), recipientsCursor: page.lastId }))) throw new LeaseLostError(updateId)
  }
  if (!(await renewLease(payload, updateId, lease, { leaseUntil: leaseExpiry(), recipientsResolved: true }))) throw new LeaseLostError(updateId)
}

/** Phase 2: every queued delivery that is due, in id order, paced and a few at a time. */
async function sendDue(ctx: SendContext, updateId: number, lease: string, options: Required<Pick<SendOptions, 'batchSize' | 'concurrency'>>, ratePerSecond: number): Promise<void> {
  const { payload } = ctx
  const beat = heartbeat(payload, updateId, lease)
  const pace = pacer(ratePerSecond)
  let after = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: deliveriesSlug,
      where: {
        and: [
          { update: { equals: updateId } },
          { status: { equals: 'queued' } },
          { id: { greater_than: after } },
          { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { less_than_equal: new Date().toISOString() } }] },
        ],
      },
      sort: 'id',
      limit: options.batchSize,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { key: true, attempts: true, supporter: true },
    })
    const last = docs.at(-1)
    if (!last) return
    after = Number(last.id)
    const ids = docs.map((doc) => Number(doc.supporter))
    const { docs: supporters } = await payload.find({
      collection: supportersSlug,
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { email: true, status: true, bouncing: true, manageKey: true },
    })
    const byId = new Map<number, Recipient>(supporters.map((supporter) => [Number(supporter.id), supporter]))
    await eachLimited(docs, options.concurrency, async (delivery) => {
      await beat()
      await pace()
      await deliver(ctx, delivery, byId.get(Number(delivery.supporter)))
    })
  }
}

/** When the earliest failed message may be tried again, if any is waiting. */
async function nextRetry(payload: Payload, updateId: number): Promise<Date | undefined> {
  const { docs } = await payload.find({
    collection: deliveriesSlug,
    where: { and: [{ update: { equals: updateId } }, { status: { equals: 'queued' } }] },
    sort: 'nextAttemptAt',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { nextAttemptAt: true },
  })
  const first = docs[0]
  if (!first) return undefined
  return first.nextAttemptAt ? new Date(first.nextAttemptAt) : new Date()
}

/**
 * Sends an update to its recipients (the `sendUpdate` job). Safe to run again at any point: a
 * restart resumes from the saved cursor and the deliveries' states, so nobody gets it twice.
 * Only the job holding the update's lease sends; messages that failed for a while are retried
 * by a follow-up job at their time; the last one marks the update sent, which publishes it.
 */
export async function sendUpdate(payload: Payload, job: { updateId: number; lease: string }, options: SendOptions = {}): Promise<SendOutcome> {
  const env = options.env ?? readEnv()
  const { updateId, lease } = job
  const siteHost = new URL(env.SITE_URL).hostname
  if (!(await claimLease(payload, updateId, lease))) return 'lease-held'
  const update = await payload.findByID({ collection: updatesSlug, id: updateId, depth: 1, overrideAccess: true })
  if (!update.recipientsResolved) await createDeliveries(payload, update, lease, siteHost)

  const recorder = new SentRecorder(payload, env.SMTP_URL ? 'smtp' : 'outbox')
  const ctx: SendContext = {
    payload,
    rendered: await renderUpdate(payload, env, update),
    smtpUrl: env.SMTP_URL,
    connections: env.UPDATES_SMTP_CONNECTIONS,
    from: mailFrom(),
    secret: env.PAYLOAD_SECRET,
    siteHost,
    recordSent: (id) => recorder.add(id),
  }
  try {
    await sendDue(ctx, updateId, lease, { batchSize: options.batchSize ?? 100, concurrency: options.concurrency ?? env.UPDATES_SMTP_CONNECTIONS }, env.UPDATES_SEND_RATE)
  } finally {
    // What the server accepted is recorded even when this job stops early (its lease was taken).
    await recorder.flush()
  }

  const retryAt = await nextRetry(payload, updateId)
  if (retryAt) {
    // The follow-up job holds the lease from now on, until well after its start time.
    const next = newLease()
    if (!(await renewLease(payload, updateId, lease, { leaseHolder: next, leaseUntil: leaseExpiry(retryAt.getTime()) }))) throw new LeaseLostError(updateId)
    await payload.jobs.queue({ task: 'sendUpdate', queue: updatesQueue, input: { updateId: String(updateId), lease: next }, waitUntil: retryAt })
    return 'waiting-for-retries'
  }
  if (!(await renewLease(payload, updateId, lease, { leaseUntil: leaseExpiry() }))) throw new LeaseLostError(updateId)
  const { total, sent, failed, bounced, skipped } = await deliveryCounts(payload, updateId)
  await payload.update({
    collection: updatesSlug,
    id: updateId,
    data: { status: 'sent', sentAt: new Date().toISOString(), results: { recipients: total, sent, failed, bounced, skipped }, leaseHolder: null, leaseUntil: null },
    depth: 0,
    overrideAccess: true,
    context: senderContext,
  })
  return 'sent'
}
