import { randomUUID } from 'node:crypto'
import type { EmailAdapter } from 'payload'
import { escapeHtml } from '../../site/escape'
import { queueMail } from './queue-mail'
import { mailFrom } from './send-mail-task'

const addressOf = (to: unknown): string => {
  const first: unknown = Array.isArray(to) ? to[0] : to
  if (typeof first === 'string' && first) return first
  if (first && typeof first === 'object' && 'address' in first && typeof first.address === 'string') return first.address
  throw new Error('Payload asked to send an e-mail without a recipient')
}

const textOf = (html: string): string =>
  html
    .replace(/<(br|\/p|\/div|\/h\d)[^>]*>/gi, '\n')
    .replace(/<a [^>]*href="([^"]+)"[^>]*>([^<]*)<\/a>/gi, '$2 ($1)')
    .replace(/<[^>]+>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

/**
 * Payload's own mail (staff password resets, account verification) goes through the same outbox
 * and queue as everything else, so it is retried, logged, and readable in the admin when no
 * SMTP server is configured, instead of being printed to the console.
 */
export const outboxEmailAdapter: EmailAdapter = ({ payload }) => {
  const from = mailFrom()
  const name = /^(.*)<[^>]+>$/.exec(from)?.[1]?.trim().replace(/^"|"$/g, '') || 'abolition'
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from
  return {
    name: 'abolition-outbox',
    defaultFromAddress: address,
    defaultFromName: name,
    sendEmail: async (message) => {
      const html = typeof message.html === 'string' ? message.html : ''
      const text = typeof message.text === 'string' ? message.text : textOf(html)
      return queueMail(payload, {
        to: addressOf(message.to),
        subject: message.subject ?? '',
        html: html || `<pre>${escapeHtml(text)}</pre>`,
        text,
        locale: 'en',
        idempotencyKey: `staff:${randomUUID()}`,
        category: 'staff',
      })
    },
  }
}
