import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/access/roles'
import { eraseMailTo, outboxSlug, queueMail, renderMail, runMailQueue } from '../../src/features/mail'
import type { MailOutbox } from '../../src/payload-types'
import { createStaff, signIn, staffAuthorization } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let messageId: number | string
beforeAll(async () => {
  // No SMTP_URL: the development outbox, as `npm start` runs on a fresh clone.
  delete process.env.SMTP_URL
  t = await startTestPayload()
  const { html, text } = renderMail({
    locale: 'en',
    charityName: 'Freedom Line',
    heading: 'Confirm your e-mail address',
    paragraphs: ['Hello Ana,'],
    action: { label: 'Confirm my address', url: 'https://freedom.example/updates/confirm?token=abc' },
  })
  ;({ id: messageId } = await queueMail(t.payload, {
    to: 'ana@example.org',
    subject: 'Please confirm your e-mail address',
    html,
    text,
    locale: 'en',
    idempotencyKey: 'confirm:1:abc',
    category: 'confirmation',
  }))
  await runMailQueue(t.payload)
})
afterAll(() => t?.close())

/** Payload's REST API, in process, as a browser or API client would call it. */
const api = (path: string, init: RequestInit = {}) =>
  handleEndpoints({ config: t.payload.config, request: new Request(`http://localhost:3000/api${path}`, init) })

async function tokenFor(role: Role): Promise<string> {
  const user = await createStaff(t.payload, role)
  return signIn(t.payload, user.email)
}

describe('the development outbox (no SMTP_URL)', () => {
  it('keeps the message, marked as sent to the outbox rather than over SMTP', async () => {
    const message = await t.payload.findByID({ collection: outboxSlug, id: messageId, overrideAccess: true })
    expect(message).toMatchObject({ status: 'sent', deliveredVia: 'outbox', attempts: 1, to: 'ana@example.org', category: 'confirmation' })
    expect(message.sentAt).toBeTruthy()
    expect(message.text).toContain('https://freedom.example/updates/confirm?token=abc')
  })

  it.each(['admin', 'fundraiser'] as const)('lets %s staff read every message through the API the admin uses', async (role) => {
    const response = await api(`/${outboxSlug}`, { headers: staffAuthorization(await tokenFor(role)) })
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: MailOutbox[] }
    expect(docs.map((doc) => doc.subject)).toEqual(['Please confirm your e-mail address'])
  })

  it.each(['editor', 'viewer'] as const)('does not show the messages (personal data) to %s staff', async (role) => {
    const response = await api(`/${outboxSlug}/${messageId}`, { headers: staffAuthorization(await tokenFor(role)) })
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain('ana@example.org')
  })

  it('does not show the messages to the public', async () => {
    for (const path of [`/${outboxSlug}`, `/${outboxSlug}/${messageId}`]) {
      const response = await api(path)
      expect(response.status).toBe(403)
      expect(await response.text()).not.toContain('ana@example.org')
    }
  })

  it('lets nobody, not even an admin, write, change or delete messages through the API', async () => {
    const headers = { ...staffAuthorization(await tokenFor('admin')), 'Content-Type': 'application/json' }
    const body = JSON.stringify({ to: 'x@example.org', subject: 'Forged', html: '<p>x</p>', text: 'x', locale: 'en', category: 'x', idempotencyKey: 'forged' })
    expect((await api(`/${outboxSlug}`, { method: 'POST', headers, body })).status).toBe(403)
    expect((await api(`/${outboxSlug}/${messageId}`, { method: 'PATCH', headers, body: JSON.stringify({ status: 'queued' }) })).status).toBe(403)
    expect((await api(`/${outboxSlug}/${messageId}`, { method: 'DELETE', headers })).status).toBe(403)
    const { docs } = await t.payload.find({ collection: outboxSlug, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ subject: 'Please confirm your e-mail address', status: 'sent' })
  })

  it('forgets every message to a person who asks to be erased, and sends nothing still queued for them', async () => {
    const mail = { subject: 'Hello', html: '<p>Hi</p>', text: 'Hi', locale: 'en', category: 'update' }
    await queueMail(t.payload, { ...mail, to: 'erase-me@example.org', idempotencyKey: 'erase:1' })
    await runMailQueue(t.payload)
    await queueMail(t.payload, { ...mail, to: 'erase-me@example.org', idempotencyKey: 'erase:2' })
    await queueMail(t.payload, { ...mail, to: 'keep-me@example.org', idempotencyKey: 'erase:3' })

    expect(await eraseMailTo(t.payload, 'erase-me@example.org')).toBe(2)
    await runMailQueue(t.payload)
    const { docs } = await t.payload.find({ collection: outboxSlug, where: { to: { in: ['erase-me@example.org', 'keep-me@example.org'] } }, overrideAccess: true })
    expect(docs.map((doc) => [doc.to, doc.status])).toEqual([['keep-me@example.org', 'sent']])
  })
})
