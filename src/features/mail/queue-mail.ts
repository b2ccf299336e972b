import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  ValidationError,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { mailQueue } from './mail-queue'
import { outboxSlug } from './Outbox'

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
  const subject = mail.subject.replace(/[\r\n]+/g, ' ').trim()
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

const isDuplicateKey = (error: unknown): boolean =>
  error instanceof ValidationError && error.data.errors.some((e) => e.path === 'idempotencyKey')

async function findByKey(payload: Payload, idempotencyKey: string, req: PayloadRequest) {
  const { docs } = await payload.find({
    collection: outboxSlug,
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { idempotencyKey: true },
    req,
  })
  return docs[0]
}

/**
 * Stores the message and queues its delivery through Payload's jobs queue, in the caller's
 * transaction (pass req). Returns the outbox message id; idempotent per idempotencyKey.
 *
 * With a caller's transaction, nothing is sent unless it commits. If two transactions store the
 * same key at the same moment, the second one's insert fails and (as any Payload write error
 * does) ends that transaction: the error is rethrown for its caller to handle.
 */
export async function queueMail(
  payload: Payload,
  mail: OutgoingMail,
  options: { req?: PayloadRequest } = {},
): Promise<{ id: number | string; queued: boolean }> {
  const data = checked(mail)
  const req = options.req ?? (await createLocalReq({}, payload))
  const callerTransaction = Boolean(req.transactionID)
  // Our own transaction when the caller has none: the message and its job are stored together.
  const ownTransaction = await initTransaction(req)
  try {
    const existing = await findByKey(payload, data.idempotencyKey, req)
    if (existing) {
      if (ownTransaction) await commitTransaction(req)
      return { id: existing.id, queued: false }
    }
    const message = await payload.create({
      collection: outboxSlug,
      data: { ...data, status: 'queued', attempts: 0 },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await payload.jobs.queue({ task: 'sendMail', queue: mailQueue, input: { messageId: String(message.id) }, req })
    if (ownTransaction) await commitTransaction(req)
    return { id: message.id, queued: true }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    // Lost a race with another call storing the same key: theirs is the message. (A caller's
    // transaction cannot carry on after a failed insert, so that caller gets the error.)
    if (!callerTransaction && isDuplicateKey(error)) {
      const winner = await findByKey(payload, data.idempotencyKey, req)
      if (winner) return { id: winner.id, queued: false }
    }
    throw error
  }
}
