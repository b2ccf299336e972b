import { eq } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, TaskConfig } from 'payload'
import { drizzleOf, selectRow, tableOf, updateRow } from '../../db/direct'
import { env } from '../../env'
import type { MailOutbox } from '../../payload-types'
import { mailAttempts, mailRetryDelayMs } from './mail-queue'
import { outboxSlug } from './Outbox'
import { isPermanentRejection, sendOverSmtp } from './smtp-transport'

type Outcome = 'sent' | 'kept-in-outbox' | 'already-done' | 'missing' | 'rejected'

/** MAIL_FROM, or a no-reply address at the site's own host name. */
export const mailFrom = (): string => {
  const { MAIL_FROM, SITE_URL } = env()
  return MAIL_FROM ?? `no-reply@${new URL(SITE_URL).hostname}`
}

type Message = Pick<MailOutbox, 'id' | 'to' | 'subject' | 'text' | 'html' | 'locale' | 'category' | 'status' | 'attempts' | 'idempotencyKey' | 'unsubscribeUrl'>

/**
 * The message, read straight from the table: a burst of sign-ups queues a message each, and the
 * Local API's find and update were most of what delivering one cost (decision 014).
 */
const messageFields = ['id', 'to', 'subject', 'text', 'html', 'locale', 'category', 'status', 'attempts', 'idempotencyKey', 'unsubscribeUrl'] as const

const messageByKey = (payload: Payload, key: string): Promise<Message | undefined> =>
  selectRow<Message>(payload, outboxSlug, messageFields, (column) => eq(column('idempotencyKey'), key))

const recordAttempt = async (payload: Payload, id: number, data: Partial<MailOutbox>): Promise<void> => {
  await updateRow(tableOf(payload, outboxSlug), id, data)(await drizzleOf(payload))
}

/**
 * Marks a message that will not be tried again as failed, when it is still queued: its job was
 * given up on by something other than the task itself (see features/jobs/release-stalled.ts).
 */
export async function failQueuedMessage(payload: Payload, messageKey: string, reason: string): Promise<void> {
  const message = await messageByKey(payload, messageKey)
  if (message?.status === 'queued') await recordAttempt(payload, message.id, { status: 'failed', lastError: reason })
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 2000)

/**
 * Delivers one outbox message. Safe to run twice: a message already sent (or given up on) is
 * left alone. Each attempt is counted on the message; an error makes Payload's queue retry the
 * job with exponential backoff, and the last allowed attempt marks the message failed.
 */
export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  label: 'Send an e-mail',
  // The message's idempotency key: unique, and known before the message has an id, so the job
  // is stored in the same transaction as the message (decision 014).
  inputSchema: [{ name: 'messageKey', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: mailAttempts - 1, backoff: { type: 'exponential', delay: mailRetryDelayMs } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const done = (outcome: Outcome) => ({ output: { outcome } })
    const message = await messageByKey(payload, input.messageKey)
    // Erased (a person's data removed) before it went out: nothing to send.
    if (!message) return done('missing')
    if (message.status !== 'queued') return done('already-done')

    const attempts = (message.attempts ?? 0) + 1
    const record = (data: Partial<MailOutbox>) => recordAttempt(payload, message.id, { attempts, ...data })

    const { SMTP_URL } = env()
    if (!SMTP_URL) {
      await record({ status: 'sent', deliveredVia: 'outbox', sentAt: new Date().toISOString() })
      payload.logger.info(`Mail: no SMTP_URL, so "${message.category}" message ${message.id} is kept in the outbox (admin: Supporters → Outbox).`)
      return done('kept-in-outbox')
    }

    const from = mailFrom()
    try {
      const messageId = await sendOverSmtp(SMTP_URL, message, from)
      await record({ status: 'sent', deliveredVia: 'smtp', sentAt: new Date().toISOString(), messageId })
      return done('sent')
    } catch (error) {
      const permanent = isPermanentRejection(error)
      const final = permanent || attempts >= mailAttempts
      await record({ status: final ? 'failed' : 'queued', lastError: errorText(error) })
      if (permanent) {
        payload.logger.warn(`Mail: the SMTP server refused message ${message.id} for good: ${errorText(error)}`)
        return done('rejected')
      }
      // Payload's queue logs the error and schedules the retry.
      throw error
    }
  },
}
