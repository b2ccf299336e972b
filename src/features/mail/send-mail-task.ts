import type { Payload, TaskConfig } from 'payload'
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

/** Job input carries the id as text; the database wants its own id type back. */
const outboxId = (payload: Payload, id: string): number | string => (payload.db.defaultIDType === 'number' ? Number(id) : id)

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 2000)

/**
 * Delivers one outbox message. Safe to run twice: a message already sent (or given up on) is
 * left alone. Each attempt is counted on the message; an error makes Payload's queue retry the
 * job with exponential backoff, and the last allowed attempt marks the message failed.
 */
export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  label: 'Send an e-mail',
  inputSchema: [{ name: 'messageId', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: mailAttempts - 1, backoff: { type: 'exponential', delay: mailRetryDelayMs } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const id = outboxId(payload, input.messageId)
    const done = (outcome: Outcome) => ({ output: { outcome } })
    const message = await payload.findByID({ collection: outboxSlug, id, depth: 0, overrideAccess: true, disableErrors: true, req })
    // Erased (a person's data removed) before it went out: nothing to send.
    if (!message) return done('missing')
    if (message.status !== 'queued') return done('already-done')

    const attempts = (message.attempts ?? 0) + 1
    const record = (data: Partial<MailOutbox>) =>
      payload.update({ collection: outboxSlug, id, data: { attempts, ...data }, depth: 0, overrideAccess: true, req })

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
