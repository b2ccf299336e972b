import type { Hono } from 'hono'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { issueRenderStamp } from '../../src/site/forms/form-timing'
import { postForm, setUpCharity, signUpBody } from '../helpers/sign-up'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite } from '../helpers/test-site'

let t: TestPayload
let site: Hono
let topics: string[]
beforeAll(async () => {
  delete process.env.SMTP_URL
  t = await startTestPayload()
  ;({ topics } = await setUpCharity(t.payload))
  site = createTestSite({ payload: t.payload, env: { ...t.env, RATE_LIMITS: 'off' } }).app
})
afterAll(async () => {
  await t?.close()
})

type Counts = { supporters: number; consents: number; mail: number }
async function counts(): Promise<Counts> {
  const [supporters, consents, mail] = await Promise.all(
    (['supporters', 'consents', 'mail-outbox'] as const).map((collection) => t.payload.count({ collection, overrideAccess: true })),
  )
  return { supporters: supporters?.totalDocs ?? 0, consents: consents?.totalDocs ?? 0, mail: mail?.totalDocs ?? 0 }
}
let before: Counts
beforeEach(async () => {
  before = await counts()
})

const post = async (fields: Record<string, string | string[]>, path = '/updates', headers: Record<string, string> = {}) =>
  postForm(site, path, await signUpBody(t.payload, t.env.PAYLOAD_SECRET, fields), headers)

/** The message printed beside a field (inside its error element), as a person sees it. */
const inlineError = (html: string, fieldId: string): string | undefined =>
  new RegExp(`id="${fieldId}-error"><span class="ab-visually-hidden">[^<]*</span> ([^<]*)</p>`).exec(html)?.[1]

const htmlEscape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

describe('each bad input gets an error beside its field, keeps what was typed, and stores nothing', () => {
  const cases: [string, Record<string, string | string[]>, string, string][] = [
    ['empty', { email: '' }, 'email', 'Enter your email address'],
    ['spaces only', { email: '   ' }, 'email', 'Enter your email address'],
    ['malformed', { email: 'ana.example.org' }, 'email', 'Enter an email address in the correct format, like name@example.com'],
    ['over 254 characters', { email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.org` }, 'email', 'Email address must be 254 characters or fewer'],
    ['a script tag', { email: '<script>alert(1)</script>@example.org' }, 'email', 'Enter an email address in the correct format, like name@example.com'],
    ['control characters', { email: 'ana\u0007@example.org' }, 'email', 'Enter an email address in the correct format, like name@example.com'],
    ['a header injection', { email: 'ana@example.org\r\nBcc: everyone@example.org' }, 'email', 'Enter an email address in the correct format, like name@example.com'],
    ['a script tag as a name', { email: 'ok@example.org', firstName: '<script>alert(1)</script>' }, 'firstName', 'First name must only include letters, spaces, hyphens and apostrophes'],
    ['an over-long name', { email: 'ok@example.org', firstName: 'A'.repeat(81) }, 'firstName', 'First name must be 80 characters or fewer'],
    ['a topic not on the form', { email: 'ok@example.org', interests: ['made-up'] }, 'interests', 'Select only the topics shown on the form'],
  ]
  it.each(cases)('%s', async (_name, fields, field, message) => {
    const response = await post(fields)
    expect(response.status).toBe(400)
    expect(response.headers.get('cache-control')).toContain('no-store')
    const html = await response.text()
    expect(inlineError(html, field)).toBe(message)
    expect(html).toContain(`<a href="#${field}">${message}</a>`)
    expect(html).toMatch(new RegExp(`id="${field}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="${field}"`))
    expect(html).toContain('<title>Error: Sign up for updates')
    const typed = fields[field]
    if (typeof typed === 'string' && field !== 'interests') expect(html).toContain(`value="${htmlEscape(typed)}"`)
    expect(await counts()).toEqual(before)
  })

  it('a missing field reads as an empty one', async () => {
    const body = await signUpBody(t.payload, t.env.PAYLOAD_SECRET, {})
    body.delete('email')
    const response = await postForm(site, '/updates', body)
    expect(response.status).toBe(400)
    expect(inlineError(await response.text(), 'email')).toBe('Enter your email address')
    expect(await counts()).toEqual(before)
  })

  it('answers in the language of the page: Vietnamese on /vi/updates', async () => {
    const response = await post({ email: 'sai-dinh-dang' }, '/vi/updates')
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('<html lang="vi"')
    expect(inlineError(html, 'email')).toBe('Nhập địa chỉ email đúng định dạng, ví dụ ten@example.com')
    expect(html).toContain('value="sai-dinh-dang"')
    expect(await counts()).toEqual(before)
  })

  it('keeps ticked topics ticked after an error', async () => {
    const html = await (await post({ email: '', interests: [topics[0] ?? ''] })).text()
    expect(html).toMatch(new RegExp(`value="${topics[0]}" checked=""`))
    expect(html).not.toMatch(new RegExp(`value="${topics[1]}" checked=""`))
  })
})

describe('inputs that are not mistakes', () => {
  it('accepts an internationalised address', async () => {
    const response = await post({ email: 'Jörg@Bücher.example' })
    expect(response.status).toBe(303)
    const { docs } = await t.payload.find({ collection: 'supporters', where: { email: { equals: 'Jörg@bücher.example' } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
  })

  it('ignores an extra unknown field and stores nothing of it', async () => {
    const response = await post({ email: 'extra@example.org', role: 'admin', status: 'subscribed' })
    expect(response.status).toBe(303)
    const { docs } = await t.payload.find({ collection: 'supporters', where: { email: { equals: 'extra@example.org' } }, overrideAccess: true })
    expect(docs[0]?.status).toBe('pending')
    expect(JSON.stringify(docs[0])).not.toContain('admin')
  })

  it('a second submission of the same form is a quiet success: one supporter', async () => {
    const body = await signUpBody(t.payload, t.env.PAYLOAD_SECRET, { email: 'twice@example.org' })
    const first = await postForm(site, '/updates', body)
    const second = await postForm(site, '/updates', body)
    expect([first.status, second.status]).toEqual([303, 303])
    expect(second.headers.get('location')).toBe(first.headers.get('location'))
    expect((await t.payload.count({ collection: 'supporters', where: { email: { equals: 'twice@example.org' } }, overrideAccess: true })).totalDocs).toBe(1)
  })
})

describe('abuse', () => {
  it('refuses a post from another site with a clear 403 page', async () => {
    const response = await post({ email: 'csrf@example.org' }, '/updates', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('This form could not be sent')
    expect(await counts()).toEqual(before)
  })

  it('refuses a post without Origin or Fetch-Metadata', async () => {
    const body = await signUpBody(t.payload, t.env.PAYLOAD_SECRET, { email: 'bare@example.org' })
    const response = await site.request('/updates', { method: 'POST', body: body.toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(response.status).toBe(403)
    expect(await counts()).toEqual(before)
  })

  it('a filled honeypot or an instant submission looks like success and stores nothing', async () => {
    const honeypot = await post({ email: 'bot1@example.org', website: 'http://spam.example' })
    const instant = await post({ email: 'bot2@example.org', rendered: issueRenderStamp(t.env.PAYLOAD_SECRET) })
    const forged = await post({ email: 'bot3@example.org', rendered: '1.AAAAAAAAAAAAAAAAAAAAAA' })
    for (const response of [honeypot, instant, forged]) {
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe('/updates/check-your-email')
    }
    expect(await counts()).toEqual(before)
  })

  it('refuses an oversized body without a 5xx', async () => {
    const response = await post({ email: 'big@example.org', firstName: 'a'.repeat(40_000) })
    expect(response.status).toBe(413)
    expect(await counts()).toEqual(before)
  })

  it('answers too many sign-ups from one client with a calm 429 page in the reader’s language', async () => {
    const limited = createTestSite({ payload: t.payload, env: t.env }).app
    const statuses: number[] = []
    for (let i = 0; i < 31; i++) {
      const body = await signUpBody(t.payload, t.env.PAYLOAD_SECRET, { email: '' })
      statuses.push((await postForm(limited, '/pl/updates', body)).status)
    }
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true)
    const last = await postForm(limited, '/pl/updates', await signUpBody(t.payload, t.env.PAYLOAD_SECRET, { email: 'x@example.org' }))
    expect(last.status).toBe(429)
    expect(await last.text()).toContain('Zbyt wiele prób')
  })

  it('unknown token links are a 404 page, never an error', async () => {
    for (const path of ['/updates/confirm/nope', '/updates/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '/updates/preferences/%00']) {
      expect((await site.request(path)).status).toBe(404)
      expect((await postForm(site, path, 'List-Unsubscribe=One-Click')).status).toBe(404)
    }
  })
})
