import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeMailTransports, mailAttempts, outboxSlug, queueMail, renderMail, runMailQueue, type OutgoingMail } from '../../src/features/mail'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let smtp: SmtpSink
beforeAll(async () => {
  smtp = await startSmtpSink()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = 'Freedom Line <hello@freedom.example>'
  t = await startTestPayload()
})
afterAll(async () => {
  closeMailTransports()
  await smtp?.close()
  await t?.close()
})

let counter = 0
/** A confirmation e-mail to a fresh address, rendered the way features render theirs. */
function confirmation(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  counter++
  const { html, text } = renderMail({
    locale: 'en',
    charityName: 'Freedom Line',
    address: '1 Example Street, London',
    heading: 'Confirm your e-mail address',
    paragraphs: ['Press the button to start getting updates.'],
    action: { label: 'Confirm my address', url: `https://freedom.example/updates/confirm?token=t${counter}` },
  })
  return {
    to: `person${counter}@example.org`,
    subject: 'Please confirm your e-mail address',
    html,
    text,
    locale: 'en',
    idempotencyKey: `confirm:${counter}:${Date.now()}`,
    category: 'confirmation',
    ...overrides,
  }
}

const stored = (id: number | string) => t.payload.findByID({ collection: outboxSlug, id, overrideAccess: true })

/** The pause before a retry is real (a minute and more); tests skip it by making the retry due now. */
async function makeRetriesDue(): Promise<void> {
  await t.payload.update({
    collection: 'payload-jobs',
    where: { queue: { equals: 'mail' } },
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    overrideAccess: true,
  })
}

describe('mail over SMTP', () => {
  it('stores the message first and delivers it once the queue runs: subject, HTML and text, From, language', async () => {
    const mail = confirmation()
    const { id, queued } = await queueMail(t.payload, mail)
    expect(queued).toBe(true)
    expect(smtp.to(mail.to)).toHaveLength(0)
    expect((await stored(id)).status).toBe('queued')

    await runMailQueue(t.payload)
    const received = smtp.to(mail.to)
    expect(received).toHaveLength(1)
    const [message] = received
    expect(message?.subject).toBe('Please confirm your e-mail address')
    expect(message?.html).toContain('Confirm my address')
    expect(message?.text).toContain(`https://freedom.example/updates/confirm?token=t${counter}`)
    expect(message?.from?.value).toEqual([{ address: 'hello@freedom.example', name: 'Freedom Line' }])
    expect(message?.headers.get('content-language')).toBe('en')
    // A confirmation is not marketing: no unsubscribe headers.
    expect(smtp.headerLine(message!, 'List-Unsubscribe')).toBeUndefined()

    const record = await stored(id)
    expect(record).toMatchObject({ status: 'sent', deliveredVia: 'smtp', attempts: 1, messageId: message?.messageId })
    expect(record.sentAt).toBeTruthy()
  })

  it('gives marketing mail the one-click unsubscribe headers of RFC 8058', async () => {
    const url = 'https://freedom.example/updates/unsubscribe/opaque-token-123'
    const mail = confirmation({ category: 'update', unsubscribeUrl: url, locale: 'pl' })
    await queueMail(t.payload, mail)
    await runMailQueue(t.payload)
    const [message] = smtp.to(mail.to)
    expect(smtp.headerLine(message!, 'List-Unsubscribe')).toBe(`List-Unsubscribe: <${url}>`)
    expect(smtp.headerLine(message!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    expect(message?.headers.get('content-language')).toBe('pl')
  })

  it('sends one message for one idempotency key, however often and however fast it is queued', async () => {
    const mail = confirmation()
    const first = await queueMail(t.payload, mail)
    const again = await queueMail(t.payload, { ...mail, subject: 'A changed subject' })
    expect(again).toEqual({ id: first.id, queued: false })

    const racing = confirmation()
    const results = await Promise.all([queueMail(t.payload, racing), queueMail(t.payload, racing), queueMail(t.payload, racing)])
    expect(results.filter((result) => result.queued)).toHaveLength(1)
    expect(new Set(results.map((result) => result.id)).size).toBe(1)

    await runMailQueue(t.payload)
    expect(smtp.to(mail.to)).toHaveLength(1)
    expect(smtp.to(mail.to)[0]?.subject).toBe('Please confirm your e-mail address')
    expect(smtp.to(racing.to)).toHaveLength(1)
  })

  it('does not send a message twice when its job runs twice', async () => {
    const mail = confirmation()
    await queueMail(t.payload, mail)
    await runMailQueue(t.payload)
    await t.payload.jobs.queue({ task: 'sendMail', queue: 'mail', input: { messageKey: mail.idempotencyKey } })
    await runMailQueue(t.payload)
    expect(smtp.to(mail.to)).toHaveLength(1)
  })

  it('retries after the SMTP server refuses an attempt, and the message arrives once', async () => {
    const mail = confirmation()
    smtp.refuseNext(1)
    const { id } = await queueMail(t.payload, mail)
    await runMailQueue(t.payload)
    expect(smtp.to(mail.to)).toHaveLength(0)
    const afterFirst = await stored(id)
    expect(afterFirst).toMatchObject({ status: 'queued', attempts: 1 })
    expect(afterFirst.lastError).toMatch(/451|try again later/i)
    // Backoff: the retry waits about a minute, so running the queue again now sends nothing.
    const { docs: jobs } = await t.payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'mail' } }, overrideAccess: true })
    expect(jobs).toHaveLength(1)
    expect(new Date(jobs[0]!.waitUntil!).getTime()).toBeGreaterThan(Date.now() + 50_000)
    await runMailQueue(t.payload)
    expect(smtp.to(mail.to)).toHaveLength(0)

    await makeRetriesDue()
    await runMailQueue(t.payload)
    expect(smtp.to(mail.to)).toHaveLength(1)
    expect(await stored(id)).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it(`gives up after ${mailAttempts} refused attempts and marks the message failed`, async () => {
    const mail = confirmation()
    smtp.refuseNext(mailAttempts + 1)
    const { id } = await queueMail(t.payload, mail)
    for (let attempt = 1; attempt <= mailAttempts + 1; attempt++) {
      await runMailQueue(t.payload)
      await makeRetriesDue()
    }
    smtp.refuseNext(0)
    expect(smtp.to(mail.to)).toHaveLength(0)
    const record = await stored(id)
    expect(record).toMatchObject({ status: 'failed', attempts: mailAttempts })
    expect(record.lastError).toMatch(/451|try again later/i)
  })

  it('marks a message failed at once when the server says the recipient does not exist', async () => {
    const mail = confirmation()
    smtp.refuseRecipient(mail.to)
    const jobsLeft = () => t.payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'mail' } }, overrideAccess: true })
    const before = (await jobsLeft()).totalDocs
    const { id } = await queueMail(t.payload, mail)
    await runMailQueue(t.payload)
    const record = await stored(id)
    expect(record).toMatchObject({ status: 'failed', attempts: 1 })
    expect(record.lastError).toMatch(/550/)
    // No retry is waiting: the job is done.
    expect((await jobsLeft()).totalDocs).toBe(before)
  })

  // SQLite runs without transactions here (Payload's SQLite adapter default); PostgreSQL has them.
  it.skipIf(!process.env.TEST_DATABASE_URL)('sends nothing when the caller’s transaction rolls back, and sends once it commits', async () => {
    const rolledBack = confirmation()
    const req = await createLocalReq({}, t.payload)
    await initTransaction(req)
    await queueMail(t.payload, rolledBack, { req })
    await killTransaction(req)

    const committed = confirmation()
    const req2 = await createLocalReq({}, t.payload)
    await initTransaction(req2)
    const { id } = await queueMail(t.payload, committed, { req: req2 })
    await commitTransaction(req2)

    await runMailQueue(t.payload)
    expect(smtp.to(rolledBack.to)).toHaveLength(0)
    const { totalDocs } = await t.payload.count({ collection: outboxSlug, where: { to: { equals: rolledBack.to } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
    expect(smtp.to(committed.to)).toHaveLength(1)
    expect((await stored(id)).status).toBe('sent')
  })
})
