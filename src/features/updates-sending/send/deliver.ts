import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import type { Supporter, UpdateDelivery } from '../../../payload-types'
import { queueMail } from '../../mail'
import { mailAttempts, mailRetryDelayMs } from '../../mail/mail-queue'
import { sendPrepared, withOneClickUnsubscribe } from '../../mail/smtp-transport'
import { supportersSlug } from '../../updates/collections/Supporters'
import { manageTokenOf } from '../../updates/supporters'
import { deliveriesSlug, type DeliveryStatus } from '../collections/UpdateDeliveries'
import { mayReceive } from '../recipients'
import { forRecipient, type RenderedUpdate } from '../render-update'
import { failureKind, failureReason } from './failures'

export type SendContext = {
  payload: Payload
  rendered: RenderedUpdate
  /** Unset: messages are kept in the development outbox instead (docs/mail.md). */
  smtpUrl?: string
  /** SMTP connections of the send's own pool (UPDATES_SMTP_CONNECTIONS). */
  connections: number
  from: string
  secret: string
  /** Message-IDs are on the site's own domain. */
  siteHost: string
  /** Where a sent delivery is recorded (in batches, see sent-recorder.ts). */
  recordSent: (deliveryId: number) => Promise<void>
}

export type DeliveryRow = Pick<UpdateDelivery, 'id' | 'key' | 'attempts'>
export type Recipient = Pick<Supporter, 'id' | 'email' | 'status' | 'bouncing' | 'manageKey'>

/** The same Message-ID on every attempt, so a receiver can tell a retry from a second message. */
export const updateMessageId = (key: string, siteHost: string): string => `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}.update@${siteHost}>`

const record = (payload: Payload, id: number, data: Partial<UpdateDelivery>) =>
  payload.db.updateOne({ collection: deliveriesSlug, id, data, returning: false })

/** The next try waits 1, 2, 4, then 8 minutes, as other mail does. */
const retryAt = (attempts: number): string => new Date(Date.now() + mailRetryDelayMs * 2 ** (attempts - 1)).toISOString()

async function markBouncing(payload: Payload, supporterId: number, reason: string): Promise<void> {
  await payload.update({
    collection: supportersSlug,
    id: supporterId,
    data: { bouncing: true, bouncedAt: new Date().toISOString(), bounceReason: reason },
    depth: 0,
    overrideAccess: true,
    select: { bouncing: true },
  })
}

/**
 * One recipient's copy of the update, sent once. What the server answered is recorded at once
 * (sent ones within a tenth of a second, in batches), so a crash repeats at most the messages in
 * flight at that instant. A person who left, was erased or began bouncing since is skipped.
 */
export async function deliver(ctx: SendContext, delivery: DeliveryRow, recipient: Recipient | undefined): Promise<DeliveryStatus> {
  const { payload } = ctx
  const id = Number(delivery.id)
  if (!recipient || !mayReceive(recipient)) {
    const why = !recipient || recipient.status === 'erased' ? 'erased' : recipient.bouncing ? 'address bouncing' : `${recipient.status} since sending began`
    await record(payload, id, { status: 'skipped', lastError: `Not sent: ${why}.` })
    return 'skipped'
  }
  const mail = forRecipient(ctx.rendered, manageTokenOf(ctx.secret, recipient))
  const email = recipient.email ?? ''
  const attempts = (delivery.attempts ?? 0) + 1
  if (!ctx.smtpUrl) {
    await queueMail(payload, { to: email, ...mail, locale: ctx.rendered.locale, idempotencyKey: delivery.key, category: 'update' })
    await ctx.recordSent(id)
    return 'sent'
  }
  const messageId = updateMessageId(delivery.key, ctx.siteHost)
  try {
    await sendPrepared(
      ctx.smtpUrl,
      withOneClickUnsubscribe(
        { from: ctx.from, to: email, subject: mail.subject, text: mail.text, html: mail.html, messageId, headers: { 'Content-Language': ctx.rendered.locale } },
        mail.unsubscribeUrl,
      ),
      ctx.connections,
    )
  } catch (error) {
    const kind = failureKind(error)
    const reason = failureReason(error)
    if (kind === 'bounced') {
      await record(payload, id, { status: 'bounced', attempts, lastError: reason, messageId })
      await markBouncing(payload, Number(recipient.id), reason)
      return 'bounced'
    }
    const final = kind === 'refused' || attempts >= mailAttempts
    await record(payload, id, final ? { status: 'failed', attempts, lastError: reason, messageId, nextAttemptAt: null } : { attempts, lastError: reason, messageId, nextAttemptAt: retryAt(attempts) })
    return final ? 'failed' : 'queued'
  }
  await ctx.recordSent(id)
  return 'sent'
}
