import type { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeMailTransports, runMailQueue } from '../../src/features/mail'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink'
import { linkIn, postForm, setUpCharity, signUpBody } from '../helpers/sign-up'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite } from '../helpers/test-site'

let t: TestPayload
let smtp: SmtpSink
let site: Hono
let topics: string[]
beforeAll(async () => {
  smtp = await startSmtpSink()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = 'Freedom Line <hello@freedom.example>'
  t = await startTestPayload()
  ;({ topics } = await setUpCharity(t.payload))
  // These tests sign the same addresses up more than once a quarter-hour; limits have their own tests.
  site = createTestSite({ payload: t.payload, env: { ...t.env, RATE_LIMITS: 'off' } }).app
})
afterAll(async () => {
  closeMailTransports()
  await smtp?.close()
  await t?.close()
})

const supporterByEmail = async (email: string) =>
  (await t.payload.find({ collection: 'supporters', where: { email: { equals: email } }, overrideAccess: true })).docs[0]
const ledgerOf = async (id: number) =>
  (await t.payload.find({ collection: 'consents', where: { supporter: { equals: id } }, sort: 'createdAt', overrideAccess: true, pagination: false })).docs

async function signUp(fields: Record<string, string | string[]>, path = '/updates') {
  return postForm(site, path, await signUpBody(t.payload, t.env.PAYLOAD_SECRET, fields))
}

describe('sign up, confirm from a real e-mail, leave in one click', () => {
  it('sends the confirmation over SMTP and confirms with the button (no JavaScript)', async () => {
    const response = await signUp({ email: 'Ana.Pop@Example.org', firstName: 'Ana', interests: [topics[1] ?? ''] })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/updates/check-your-email')

    await runMailQueue(t.payload)
    const [mail, ...others] = smtp.to('Ana.Pop@example.org')
    expect(others).toHaveLength(0)
    expect(mail?.subject).toBe('Confirm your sign-up to Freedom Line')
    expect(mail?.text).toContain('Hello Ana,')
    expect(mail?.text).toContain('1 Example Street, London E1 1AA')
    expect(mail?.html).toContain('Freedom Line')

    const confirmPath = linkIn(mail?.text ?? '', '/updates/confirm/')
    // A link scanner's GET changes nothing: the page only offers a button.
    const page = await site.request(confirmPath)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(`<form method="post" action="${confirmPath}">`)
    expect(page.headers.get('cache-control')).toContain('no-store')
    expect((await supporterByEmail('Ana.Pop@example.org'))?.status).toBe('pending')

    const confirmed = await postForm(site, confirmPath, '')
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('/updates/confirmed')
    const supporter = await supporterByEmail('Ana.Pop@example.org')
    expect(supporter?.status).toBe('subscribed')
    expect(supporter?.interests).toEqual([topics[1]])
    const ledger = await ledgerOf(Number(supporter?.id))
    expect(ledger.map((entry) => entry.kind)).toEqual(['signup', 'confirmation'])
    const { docs } = await t.payload.findGlobalVersions({ slug: 'consent-wording', sort: '-createdAt', limit: 1 })
    expect(ledger.map((entry) => entry.wordingVersion)).toEqual([Number(docs[0]?.id), Number(docs[0]?.id)])
    expect(ledger[0]).toMatchObject({ form: 'updates-page', pagePath: '/updates', locale: 'en' })

    // The link is spent: using it again shows a page that offers a new one.
    const again = await postForm(site, confirmPath, '')
    expect(again.status).toBe(303)
    const spent = await site.request(confirmPath)
    expect(spent.status).toBe(404)
    expect(await spent.text()).toContain('This link is not valid')
    expect(await ledgerOf(Number(supporter?.id))).toHaveLength(2)
  })

  it('unsubscribes on the one-click POST from the mailbox provider, with no cookie or Origin', async () => {
    const [mail] = smtp.to('Ana.Pop@example.org')
    const unsubscribePath = linkIn(mail?.text ?? '', '/updates/unsubscribe/')
    // A GET (a scanner) shows a button and changes nothing.
    expect((await site.request(unsubscribePath)).status).toBe(200)
    expect((await supporterByEmail('Ana.Pop@example.org'))?.status).toBe('subscribed')

    const response = await site.request(unsubscribePath, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(200)
    const supporter = await supporterByEmail('Ana.Pop@example.org')
    expect(supporter?.status).toBe('unsubscribed')
    expect((await ledgerOf(Number(supporter?.id))).map((entry) => entry.kind)).toEqual(['signup', 'confirmation', 'withdrawal'])
  })

  it('signs a person up again after they left, and records the re-subscription', async () => {
    expect((await signUp({ email: 'ana.pop@EXAMPLE.org' })).status).toBe(303)
    await runMailQueue(t.payload)
    const latest = smtp.to('Ana.Pop@example.org').at(-1)
    const confirmPath = linkIn(latest?.text ?? '', '/updates/confirm/')
    expect((await postForm(site, confirmPath, '')).headers.get('location')).toBe('/updates/confirmed')
    const supporter = await supporterByEmail('Ana.Pop@example.org')
    expect(supporter?.status).toBe('subscribed')
    const kinds = (await ledgerOf(Number(supporter?.id))).map((entry) => entry.kind)
    expect(kinds).toEqual(['signup', 'confirmation', 'withdrawal', 'signup', 'resubscription'])
  })

  it('changes topics from the preferences link and records it', async () => {
    const [mail] = smtp.to('Ana.Pop@example.org')
    const preferencesPath = linkIn(mail?.text ?? '', '/updates/unsubscribe/').replace('/unsubscribe/', '/preferences/')
    const page = await site.request(preferencesPath)
    expect(page.status).toBe(200)
    const response = await postForm(site, preferencesPath, new URLSearchParams([['interests', topics[0] ?? ''], ['interests', topics[1] ?? '']]))
    expect(response.status).toBe(303)
    const supporter = await supporterByEmail('Ana.Pop@example.org')
    expect(supporter?.interests).toEqual(topics)
    expect((await ledgerOf(Number(supporter?.id))).at(-1)?.kind).toBe('preferences')
  })

  it('looks the same whether the address is new, pending or confirmed, and tells a confirmed owner by e-mail', async () => {
    const before = smtp.to('Ana.Pop@example.org').length
    const known = await signUp({ email: 'ana.pop@example.org' })
    const unknown = await signUp({ email: 'someone.new@example.org' })
    expect(known.status).toBe(unknown.status)
    expect(known.headers.get('location')).toBe(unknown.headers.get('location'))
    await runMailQueue(t.payload)
    expect(smtp.to('Ana.Pop@example.org').at(before)?.subject).toBe('You are already signed up to Freedom Line')
  })

  it('expired links show a page that offers a new one', async () => {
    await signUp({ email: 'late@example.org' })
    await runMailQueue(t.payload)
    const confirmPath = linkIn(smtp.to('late@example.org')[0]?.text ?? '', '/updates/confirm/')
    const supporter = await supporterByEmail('late@example.org')
    await t.payload.update({ collection: 'supporters', id: Number(supporter?.id), data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    const page = await site.request(confirmPath)
    expect(page.status).toBe(410)
    const html = await page.text()
    expect(html).toContain('This link has expired')
    expect(html).toContain('name="email"')
    await postForm(site, confirmPath, '')
    expect((await supporterByEmail('late@example.org'))?.status).toBe('pending')
  })

  it('sends the e-mail in the language the person signed up in', async () => {
    await signUp({ email: 'lan@example.vn' }, '/vi/updates')
    await runMailQueue(t.payload)
    const [mail] = smtp.to('lan@example.vn')
    expect(mail?.subject).toBe('Xác nhận đăng ký nhận tin từ Freedom Line')
    expect(linkIn(mail?.text ?? '', '/vi/updates/confirm/')).toMatch(/^\/vi\/updates\/confirm\//)
  })
})

describe('many at once', () => {
  it('200 parallel sign-ups of distinct addresses make exactly 200 supporters and 200 messages', async () => {
    const emails = Array.from({ length: 200 }, (_, i) => `crowd${i}@example.net`)
    const bodies = await Promise.all(emails.map((email) => signUpBody(t.payload, t.env.PAYLOAD_SECRET, { email })))
    const responses = await Promise.all(bodies.map((body) => postForm(site, '/updates', body)))
    expect(responses.map((r) => r.status)).toEqual(emails.map(() => 303))
    const { totalDocs } = await t.payload.count({ collection: 'supporters', where: { email: { like: 'crowd' } }, overrideAccess: true })
    expect(totalDocs).toBe(200)
    await runMailQueue(t.payload)
    expect(emails.filter((email) => smtp.to(email).length === 1)).toHaveLength(200)
  })

  it('20 parallel sign-ups of one address make one supporter and at most one message (rate limits on)', async () => {
    const limited = createTestSite({ payload: t.payload, env: t.env }).app
    const bodies = await Promise.all(Array.from({ length: 20 }, () => signUpBody(t.payload, t.env.PAYLOAD_SECRET, { email: 'twenty@example.com' })))
    const responses = await Promise.all(bodies.map((body) => postForm(limited, '/updates', body)))
    expect(responses.every((r) => r.status === 303)).toBe(true)
    const { totalDocs } = await t.payload.count({ collection: 'supporters', where: { email: { equals: 'twenty@example.com' } }, overrideAccess: true })
    expect(totalDocs).toBe(1)
    await runMailQueue(t.payload)
    expect(smtp.to('twenty@example.com').length).toBe(1)
  })
})
