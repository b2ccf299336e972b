import { eq } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'
import { columnOf, insertRow, isUniqueViolation, selectRow, tableOf, timestamps, writeAtomically, type Statement } from '../../db/direct'
import { mailQueue } from './mail-queue'
import { outboxSlug } from './Outbox'

/** Payload's jobs collection. */
const jobsSlug = 'payload-jobs'

export type OutgoingMail = {
  to: string // one address
  subject: string
  html: string // full HTML document (inline-safe e-mail markup)
  text: string // plain-text alternative
  locale: string // the recipient's language (recorded, and sets Content-Language)
  /** Unique per logical message, e.g. `confirm:<supporterId>:<tokenId>`: a second call with the same key sends nothing. */
  idempotencyKey: string
  /** For marketing mail: the one-click unsubscribe URL (adds List-Unsubscribe + List-Unsubscribe-Post headers, RFC 8058). */
  unsubscribeUrl?: string
  /** What kind of mail, for staff ("confirmation", "update", "receipt" …). */
  category: string
}

/** A caller's mistake (bad arguments), not a person's bad input: forms validate before calling. */
export class InvalidMailError extends Error {
  constructor(problem: string) {
    super(`queueMail: ${problem}`)
    this.name = 'InvalidMailError'
  }
}

// One address: no list separators, spaces or angle brackets (which would add recipients or headers).
const singleAddress = /^[^\s@,;<>"()]+@[^\s@,;<>"()]+$/u

function checked(mail: OutgoingMail) {
  const to = mail.to.trim()
  if (to.length > 254 || !singleAddress.test(to)) throw new InvalidMailError('`to` must be exactly one e-mail address')
  // A line break in a header would start a new header; subjects are one line.
  // …and fit the outbox's field (a long campaign title in a subject must not fail a signature).
  const subject = mail.subject.replace(/[\r\n]+/g, ' ').trim().slice(0, 300)
  if (!subject) throw new InvalidMailError('`subject` is empty')
  if (!mail.html.trim() || !mail.text.trim()) throw new InvalidMailError('both `html` and `text` are required')
  for (const name of ['idempotencyKey', 'category', 'locale'] as const) {
    if (!mail[name].trim()) throw new InvalidMailError(`\`${name}\` is empty`)
  }
  if (mail.unsubscribeUrl !== undefined && !/^https?:\/\/\S+$/.test(mail.unsubscribeUrl)) {
    throw new InvalidMailError('`unsubscribeUrl` must be an http(s) address')
  }
  return { ...mail, to, subject, idempotencyKey: mail.idempotencyKey.trim() }
}

type CheckedMail = ReturnType<typeof checked>

function rowsOf(payload: Payload, data: CheckedMail): Statement[] {
  const outbox = tableOf(payload, outboxSlug)
  return [
    (db) => db.insert(outbox).values({ ...timestamps(), ...data, status: 'queued', attempts: 0 }).returning({ id: columnOf(outbox, 'id') }),
    insertRow(tableOf(payload, jobsSlug), { input: { messageKey: data.idempotencyKey }, taskSlug: 'sendMail', queue: mailQueue }),
  ]
}

/** The outbox row and its delivery job, for a caller's own atomic write: the job names the message by its unique key. */
export const mailStatements = (payload: Payload, mail: OutgoingMail): Statement[] => rowsOf(payload, checked(mail))

const findByKey = (payload: Payload, idempotencyKey: string, req?: PayloadRequest) =>
  selectRow<{ id: number | string }>(payload, outboxSlug, ['id'], (column) => eq(column('idempotencyKey'), idempotencyKey), req)

/**
 * Stores the message and queues its delivery through Payload's jobs queue, both in one
 * transaction (the caller's, when req carries one: nothing is sent unless it commits). Returns
 * the outbox message id; idempotent per idempotencyKey.
 *
 * If two writers store the same key at the same moment, the second insert fails. Without a
 * caller's transaction that is handled here (the first one's message is the message); in a
 * caller's transaction the error is rethrown, as any failed write there ends the transaction.
 */
export async function queueMail(
  payload: Payload,
  mail: OutgoingMail,
  options: { req?: PayloadRequest } = {},
): Promise<{ id: number | string; queued: boolean }> {
  const data = checked(mail)
  const key = data.idempotencyKey
  const existing = await findByKey(payload, key, options.req)
  if (existing) return { id: existing.id, queued: false }
  try {
    const [inserted] = (await writeAtomically(payload, rowsOf(payload, data), options.req)) as [{ id: number | string }[]]
    const id = inserted[0]?.id
    if (id === undefined) throw new Error('queueMail: the outbox insert returned no id')
    return { id, queued: true }
  } catch (error) {
    // SQLite's transaction id is a promise of null: no transaction there.
    const inCallerTransaction = Boolean(await options.req?.transactionID)
    if (!inCallerTransaction && isUniqueViolation(error, 'idempotency_key')) {
      const winner = await findByKey(payload, key)
      if (winner) return { id: winner.id, queued: false }
    }
    throw error
  }
}
