import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'
import { env } from '../../env'
import type { MailOutbox } from '../../payload-types'

/** One pooled connection set per SMTP_URL (and pool size), reused by every message this process sends. */
const transports = new Map<string, Transporter>()

/** The key as PEM text (line breaks may be written \n, as one-line .env values need), or the path of a file holding it. */
const pem = (value: string): string => (value.includes('-----BEGIN') ? value.replace(/\\n/g, '\n') : readFileSync(value, 'utf8'))

/** DKIM signing of every message when a key is configured (docs/mail.md: SPF, DKIM and DMARC). */
function dkimOptions(): { domainName: string; keySelector: string; privateKey: string } | undefined {
  const { DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY } = env()
  if (!DKIM_DOMAIN || !DKIM_SELECTOR || !DKIM_PRIVATE_KEY) return undefined
  return { domainName: DKIM_DOMAIN, keySelector: DKIM_SELECTOR, privateKey: pem(DKIM_PRIVATE_KEY) }
}

function transportFor(smtpUrl: string, connections = 5): Transporter {
  const key = `${connections}:${smtpUrl}`
  let transport = transports.get(key)
  if (!transport) {
    transport = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: connections,
      // A server that does not answer must fail the attempt (the job retries), not hold it for minutes.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
      dkim: dkimOptions(),
    })
    transports.set(key, transport)
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

/** What sending a stored message needs of it. */
export type StoredMessage = Pick<MailOutbox, 'id' | 'to' | 'subject' | 'text' | 'html' | 'locale' | 'idempotencyKey' | 'unsubscribeUrl'>

export function mailOptions(message: StoredMessage, from: string): SendMailOptions {
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
  if (message.unsubscribeUrl) withOneClickUnsubscribe(options, message.unsubscribeUrl)
  return options
}

/** RFC 8058: mailbox providers show an unsubscribe button that POSTs List-Unsubscribe=One-Click to the URL. */
export function withOneClickUnsubscribe(options: SendMailOptions, url: string): SendMailOptions {
  options.list = { unsubscribe: { url } }
  options.headers = { ...(options.headers as Record<string, string> | undefined), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
  return options
}

/**
 * Hands a prepared message to the SMTP server (DKIM-signed when configured) over a pool of
 * `connections` connections of its own: a bulk send keeps many messages in flight without
 * taking the connections other mail goes out on.
 */
export async function sendPrepared(smtpUrl: string, options: SendMailOptions, connections = 5): Promise<void> {
  await transportFor(smtpUrl, connections).sendMail(options)
}

/** Hands the message to the SMTP server; resolves with the Message-ID it was sent under. */
export async function sendOverSmtp(smtpUrl: string, message: StoredMessage, from: string): Promise<string> {
  const info = (await transportFor(smtpUrl).sendMail(mailOptions(message, from))) as { messageId?: string }
  return info.messageId ?? messageIdFor(message, from)
}

/** A rejection that no retry will change: the server refused this recipient outright (5xx). */
export function isPermanentRejection(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown }
  return code === 'EENVELOPE' && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600
}
