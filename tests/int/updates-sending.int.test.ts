import { generateKeyPairSync } from 'node:crypto'
import type { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { env } from '../../src/env'
import { closeMailTransports } from '../../src/features/mail'
import { eraseSupporter } from '../../src/features/updates/staff/erase'
import { confirmSubscription, unsubscribe } from '../../src/features/updates/manage'
import { hashToken, newToken } from '../../src/features/updates/tokens'
import { manageTokenOf } from '../../src/features/updates/supporters'
import { runUpdatesQueue } from '../../src/features/updates-sending/queue'
import type { Supporter, Update, User } from '../../src/payload-types'
import { pageCache } from '../../src/site/page-cache'
import { link, paragraph, richText, text } from '../helpers/lexical'
import { setUpCharity } from '../helpers/sign-up'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite } from '../helpers/test-site'
import { addSupporter, callUpdateEndpoint, simpleBody, writeUpdate } from '../helpers/updates-sending'

const siteUrl = 'https://freedom.example'
let t: TestPayload
let smtp: SmtpSink
let site: Hono
let topics: string[]
let fundraiser: User
let secret: string

beforeAll(async () => {
  smtp = await startSmtpSink()
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  Object.assign(process.env, {
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Freedom Line <hello@freedom.example>',
    DKIM_DOMAIN: 'freedom.example',
    DKIM_SELECTOR: 'mail2026',
    DKIM_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  })
  t = await startTestPayload()
  // The public address is https, as in production: the unsubscribe links in messages use it.
  process.env.SITE_URL = siteUrl
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('abolition.env')]
  secret = env().PAYLOAD_SECRET
  ;({ topics } = await setUpCharity(t.payload))
  site = createTestSite({ payload: t.payload, env: env() }).app
  fundraiser = await createStaff(t.payload, 'fundraiser')
})
afterAll(async () => {
  closeMailTransports()
  await smtp?.close()
  await t?.close()
  for (const name of ['DKIM_DOMAIN', 'DKIM_SELECTOR', 'DKIM_PRIVATE_KEY']) delete process.env[name]
})

const reload = (id: number) => t.payload.findByID({ collection: 'updates', id, overrideAccess: true })
const supporter = (id: number) => t.payload.findByID({ collection: 'supporters', id, overrideAccess: true })
const deliveriesOf = async (update: number) =>
  (await t.payload.find({ collection: 'update-deliveries', where: { update: { equals: update } }, pagination: false, overrideAccess: true })).docs

async function send(update: Update): Promise<Update> {
  await t.payload.update({ collection: 'updates', id: update.id, data: { status: 'sending' }, overrideAccess: false, user: fundraiser })
  await runUpdatesQueue(t.payload)
  return reload(update.id)
}

describe('an update to one topic', () => {
  const people: Record<string, Supporter> = {}
  let update: Update

  beforeAll(async () => {
    const [campaigns, events] = topics as [string, string]
    const add = async (name: string, spec: Partial<Parameters<typeof addSupporter>[2]> = {}) =>
      (people[name] = await addSupporter(t.payload, secret, { email: `${name}@example.org`, interests: [campaigns], ...spec }))
    await add('ana')
    await add('bo')
    await add('both', { interests: [campaigns, events] })
    await add('events-only', { interests: [events] })
    await add('no-topics', { interests: [] })
    await add('pending', { status: 'pending' })
    await add('left')
    await unsubscribe(t.payload, manageTokenOf(secret, people.left as Supporter), 'one-click')
    await add('erased')
    await eraseSupporter(t.payload, env(), (people.erased as Supporter).id)
    await add('lan', { locale: 'vi' })

    update = await writeUpdate(t.payload, fundraiser, {
      subject: 'Our June update',
      preheader: 'Three things you helped change',
      body: richText(paragraph(text('Thank you for standing with us. '), link('https://example.net/report', 'Read the report'))),
      interests: [campaigns],
    })
    update = await send(update)
  })

  it('reaches exactly the confirmed supporters of that topic in its language, once each', () => {
    for (const name of ['ana', 'bo', 'both']) expect(smtp.to(`${name}@example.org`), name).toHaveLength(1)
    for (const name of ['events-only', 'no-topics', 'pending', 'left', 'erased', 'lan']) expect(smtp.to(`${name}@example.org`), name).toHaveLength(0)
    expect(update).toMatchObject({ status: 'sent', results: { recipients: 3, sent: 3, failed: 0, bounced: 0, skipped: 0 } })
    expect(update.sentAt).toBeTruthy()
  })

  it('carries the charity, a visible unsubscribe link, the one-click headers, a Message-ID on the site and a DKIM signature', async () => {
    const [message] = smtp.to('ana@example.org')
    expect(message?.subject).toBe('Our June update')
    expect(message?.from?.value).toEqual([{ address: 'hello@freedom.example', name: 'Freedom Line' }])
    const listUnsubscribe = smtp.headerLine(message!, 'List-Unsubscribe')
    const token = /^List-Unsubscribe: <https:\/\/freedom\.example\/updates\/unsubscribe\/([\w-]{43})>$/.exec(listUnsubscribe ?? '')?.[1]
    expect(token, listUnsubscribe).toBeTruthy()
    expect(token).toBe(manageTokenOf(secret, await supporter((people.ana as Supporter).id)))
    expect(smtp.headerLine(message!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    expect(message?.messageId).toMatch(/^<[0-9a-f]{32}\.update@freedom\.example>$/)
    expect(smtp.headerLine(message!, 'DKIM-Signature')).toMatch(/d=freedom\.example;.*s=mail2026/)
    // HTML and plain text, both with the charity's name and address and the way out.
    for (const part of [message?.html || '', message?.text ?? '']) {
      expect(part).toContain('Thank you for standing with us.')
      expect(part).toContain('Freedom Line')
      expect(part).toContain('1 Example Street, London E1 1AA')
      expect(part).toContain(`${siteUrl}/updates/unsubscribe/${token}`)
      expect(part).toContain(`${siteUrl}/updates/preferences/${token}`)
    }
    expect(message?.text).toContain('Read the report (https://example.net/report)')
    // No tracking: links go where the editor pointed them, and no image but ours.
    expect(message?.html).toContain('href="https://example.net/report"')
    expect(message?.html).not.toMatch(/<img /)
    // Each recipient has their own link.
    const [other] = smtp.to('bo@example.org')
    expect(smtp.headerLine(other!, 'List-Unsubscribe')).not.toBe(listUnsubscribe)
  })

  it('unsubscribes when the mailbox provider POSTs List-Unsubscribe=One-Click to the URL in the message', async () => {
    const [message] = smtp.to('bo@example.org')
    const url = /<([^>]+)>/.exec(smtp.headerLine(message!, 'List-Unsubscribe') ?? '')?.[1] ?? ''
    const response = await site.request(new URL(url).pathname, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(200)
    expect((await supporter((people.bo as Supporter).id)).status).toBe('unsubscribed')
  })

  it('records a delivery per recipient, visible as progress to staff', async () => {
    const rows = await deliveriesOf(update.id)
    expect(rows.map((row) => row.key).sort()).toEqual(['ana', 'bo', 'both'].map((name) => `update:${update.id}:${people[name]?.id}`).sort())
    expect(rows.every((row) => row.status === 'sent' && row.deliveredVia === 'smtp' && row.attempts === 1)).toBe(true)
    const progress = await callUpdateEndpoint(t.payload, '/:id/progress', fundraiser, update.id)
    expect(await progress.json()).toMatchObject({ status: 'sent', counts: { sent: 3, queued: 0, total: 3 } })
  })

  it('is published in the archive and the feed, without anybody’s personal links', async () => {
    const list = await site.request('/updates/archive')
    expect(list.status).toBe(200)
    const listHtml = await list.text()
    expect(listHtml).toContain(`href="/updates/archive/${update.slug}"`)
    expect(listHtml).toContain('Our June update')

    const page = await site.request(`/updates/archive/${update.slug}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<h1 class="ab-hero__title">Our June update</h1>')
    expect(html).toContain('Thank you for standing with us.')
    expect(html).not.toMatch(/unsubscribe\/[\w-]{43}|preferences\/[\w-]{43}/)
    // Cached like every public page, and dropped from the cache by nothing but a change.
    expect(pageCache().get(`en:/updates/archive/${update.slug}`)).toBeDefined()
    expect((await site.request(`/vi/updates/archive/${update.slug}`)).headers.get('location')).toBe(`/updates/archive/${update.slug}`)

    const feed = await (await site.request('/feed.xml')).text()
    expect(feed).toContain(`<link>${siteUrl}/updates/archive/${update.slug}</link>`)
  })

  it('cannot be sent again or changed once sent', async () => {
    const before = smtp.messages.length
    await expect(t.payload.update({ collection: 'updates', id: update.id, data: { status: 'sending' }, overrideAccess: false, user: fundraiser })).rejects.toThrow(/cannot be changed or sent again/)
    await expect(t.payload.update({ collection: 'updates', id: update.id, data: { subject: 'Changed' }, overrideAccess: false, user: fundraiser })).rejects.toThrow()
    const refused = await callUpdateEndpoint(t.payload, '/:id/send', fundraiser, update.id)
    expect(refused.status).toBe(409)
    await runUpdatesQueue(t.payload)
    expect(smtp.messages.length).toBe(before)
    expect((await reload(update.id)).subject).toBe('Our June update')
  })
})

describe('when a mail server refuses', () => {
  it('marks an address answered with 550 as bouncing, with the reason, and skips it next time', async () => {
    const [topic] = topics as [string]
    const gone = await addSupporter(t.payload, secret, { email: 'gone@example.org', interests: [topic] })
    await addSupporter(t.payload, secret, { email: 'here@example.org', interests: [topic] })
    smtp.refuseRecipient('gone@example.org')
    const first = await send(await writeUpdate(t.payload, fundraiser, { subject: 'First', body: simpleBody('One.'), interests: [topic] }))
    expect(first.status).toBe('sent')
    expect(first.results).toMatchObject({ bounced: 1 })
    const bounced = await supporter(gone.id)
    expect(bounced).toMatchObject({ bouncing: true, status: 'subscribed' })
    expect(bounced.bounceReason).toMatch(/550/)
    expect(bounced.bounceReason).not.toContain('gone@example.org')
    const row = (await deliveriesOf(first.id)).find((delivery) => delivery.key.endsWith(`:${gone.id}`))
    expect(row).toMatchObject({ status: 'bounced', attempts: 1 })

    const second = await send(await writeUpdate(t.payload, fundraiser, { subject: 'Second', body: simpleBody('Two.'), interests: [topic] }))
    expect(second.status).toBe('sent')
    expect((await deliveriesOf(second.id)).some((delivery) => delivery.key.endsWith(`:${gone.id}`))).toBe(false)
    expect(smtp.to('here@example.org').map((message) => message.subject)).toEqual(['First', 'Second'])

    // The person signs up again and follows the new confirmation link: the mailbox works, updates resume.
    const token = newToken()
    await t.payload.update({ collection: 'supporters', id: gone.id, data: { confirmTokenHash: hashToken(token), confirmTokenExpiresAt: new Date(Date.now() + 60_000).toISOString() }, overrideAccess: true })
    expect((await confirmSubscription(t.payload, token)).result).toBe('confirmed')
    expect(await supporter(gone.id)).toMatchObject({ bouncing: false, bounceReason: null })
  })

  it('retries a temporary refusal after a pause, and the message arrives once', async () => {
    const [topic] = topics as [string]
    await addSupporter(t.payload, secret, { email: 'busy@example.org', locale: 'pl', interests: [topic] })
    smtp.refuseNext(1)
    const update = await send(await writeUpdate(t.payload, fundraiser, { subject: 'Po polsku', body: simpleBody('Dziękujemy.'), language: 'pl', interests: [topic] }))
    expect(update.status).toBe('sending')
    const [row] = await deliveriesOf(update.id)
    expect(row).toMatchObject({ status: 'queued', attempts: 1 })
    expect(row?.lastError).toMatch(/451/)
    expect(new Date(row?.nextAttemptAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 50_000)
    expect(smtp.to('busy@example.org')).toHaveLength(0)

    // The pause is real (a minute); the test makes it over now.
    const past = new Date(Date.now() - 1000).toISOString()
    await t.payload.update({ collection: 'update-deliveries', where: { update: { equals: update.id } }, data: { nextAttemptAt: past }, overrideAccess: true })
    await t.payload.update({ collection: 'payload-jobs', where: { queue: { equals: 'updates' } }, data: { waitUntil: past }, overrideAccess: true })
    await runUpdatesQueue(t.payload)
    expect(smtp.to('busy@example.org')).toHaveLength(1)
    expect(smtp.to('busy@example.org')[0]?.headers.get('content-language')).toBe('pl')
    expect(smtp.headerLine(smtp.to('busy@example.org')[0]!, 'List-Unsubscribe')).toMatch(/^List-Unsubscribe: <https:\/\/freedom\.example\/pl\/updates\/unsubscribe\/[\w-]{43}>$/)
    expect(await reload(update.id)).toMatchObject({ status: 'sent', results: { sent: 1 } })
  })
})
