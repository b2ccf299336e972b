import { createHash } from 'node:crypto'
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'
import type { MailOutbox } from '../../payload-types'

/** One pooled connection set per SMTP_URL, reused by every message this process sends. */
const transports = new Map<string, Transporter>()

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl)
  if (!transport) {
    transport = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      // A server that does not answer must fail the attempt (the job retries), not hold it for minutes.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    })
    transports.set(smtpUrl, transport)
  }
  return transport
}

/** Closes pooled SMTP connections (tests; a stopping server simply exits). */
export function closeMailTransports(): void {
  for (const transport of transports.values()) transport.close()
  transports.clear()
}

/** The address part of a From like `Freedom Line <hello@example.org>`. */
const domainOf = (from: string): string => /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost'

/**
 * The same Message-ID on every attempt of one message: if an attempt did reach the recipient
 * before failing (a timeout after the data was accepted), receivers can tell the retry is a copy.
 */
export const messageIdFor = (message: Pick<MailOutbox, 'id' | 'idempotencyKey'>, from: string): string => {
  const digest = createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 16)
  return `<${message.id}.${digest}@${domainOf(from)}>`
}

export function mailOptions(message: MailOutbox, from: string): SendMailOptions {
  const headers: Record<string, string> = { 'Content-Language': message.locale }
  const options: SendMailOptions = {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: messageIdFor(message, from),
    headers,
  }
  if (message.unsubscribeUrl) {
    // RFC 8058: mailbox providers show an unsubscribe button that POSTs List-Unsubscribe=One-Click.
    options.list = { unsubscribe: { url: message.unsubscribeUrl } }
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click'
  }
  return options
}

/** Hands the message to the SMTP server; resolves with the Message-ID it was sent under. */
export async function sendOverSmtp(smtpUrl: string, message: MailOutbox, from: string): Promise<string> {
  const info = (await transportFor(smtpUrl).sendMail(mailOptions(message, from))) as { messageId?: string }
  return info.messageId ?? messageIdFor(message, from)
}

/** A rejection that no retry will change: the server refused this recipient outright (5xx). */
export function isPermanentRejection(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown }
  return code === 'EENVELOPE' && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600
}
