import type { Hono } from 'hono'
import { createLocalReq } from 'payload'
import { signatureEndpoints } from '../../src/features/campaigns/staff/endpoints'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeMailTransports, runMailQueue } from '../../src/features/mail'
import { currentWording } from '../../src/features/updates/consent-wording'
import { hashToken, newToken } from '../../src/features/updates/tokens'
import { countIn, createCampaign, signatureBody } from '../helpers/campaigns'
import { linkIn, postForm, setUpCharity, signUpBody } from '../helpers/sign-up'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createStaff } from '../helpers/staff'
import { createTestSite } from '../helpers/test-site'

let t: TestPayload
let smtp: SmtpSink
let site: Hono
beforeAll(async () => {
  smtp = await startSmtpSink()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = 'Freedom Line <hello@freedom.example>'
  t = await startTestPayload()
  await setUpCharity(t.payload)
  await createCampaign(t.payload, 'forced-labour', { goal: 2000 })
  await createCampaign(t.payload, 'old-campaign', { status: 'won' })
  await createCampaign(t.payload, 'past-deadline', { deadline: new Date(Date.now() - 60_000).toISOString() })
  await t.payload.create({ collection: 'campaigns', draft: true, data: { title: 'Campaign draft-only', summary: 's', target: 't', petitionText: 'p', signatureGoal: 10, slug: 'draft-only', _status: 'draft' } })
  site = createTestSite({ payload: t.payload, env: { ...t.env, RATE_LIMITS: 'off' } }).app
}, 60_000)
afterAll(async () => {
  closeMailTransports()
  await smtp?.close()
  await t?.close()
})

const signaturesOf = async (email?: string) =>
  (
    await t.payload.find({
      collection: 'signatures',
      where: email ? { email: { equals: email } } : {},
      overrideAccess: true,
      pagination: false,
    })
  ).docs
const publicCount = async (slug = 'forced-labour') => countIn(await (await site.request(`/campaigns/${slug}`)).text())
/** The cached page may show a count up to five seconds old; the tests read it after it expired. */
const waitForFreshCount = () => new Promise((resolve) => setTimeout(resolve, 5100))

describe('signing a petition without JavaScript, confirmed from a real e-mail', () => {
  it('lists open campaigns first and shows a campaign in every language', async () => {
    const list = await (await site.request('/campaigns')).text()
    expect(list.indexOf('Campaign forced-labour')).toBeGreaterThan(-1)
    expect(list.indexOf('Campaign forced-labour')).toBeLessThan(list.indexOf('Campaign old-campaign'))
    expect(list).not.toContain('Campaign draft-only')
    expect((await site.request('/campaigns/draft-only')).status).toBe(404)
    // The page is served from the cache (same copy) until its count is due for a refresh.
    const [first, second] = [await site.request('/campaigns/forced-labour'), await site.request('/campaigns/forced-labour')]
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(first.headers.get('cache-control')).toBe('public, no-cache')
    for (const prefix of ['', '/vi', '/ar', '/pl']) {
      const page = await site.request(`${prefix}/campaigns/forced-labour`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<progress')
    }
  })

  it('sends the link over SMTP, and the button makes the count go up by exactly one', async () => {
    const before = await publicCount()
    const response = await postForm(site, '/campaigns/forced-labour', signatureBody(t.env.PAYLOAD_SECRET, { email: 'Mira@Example.org', firstName: 'Mira' }))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/campaigns/forced-labour/thanks')
    expect((await site.request('/campaigns/forced-labour/thanks')).status).toBe(200)

    await runMailQueue(t.payload)
    const [mail, ...others] = smtp.to('Mira@example.org')
    expect(others).toHaveLength(0)
    expect(mail?.subject).toBe('Confirm your signature: Campaign forced-labour')
    const confirmPath = linkIn(mail?.text ?? '', '/campaigns/forced-labour/confirm/')
    // A link scanner's GET changes nothing.
    const page = await site.request(confirmPath)
    expect(await page.text()).toContain(`<form method="post" action="${confirmPath}">`)
    await waitForFreshCount()
    expect(await publicCount()).toBe(before)

    const confirmed = await postForm(site, confirmPath, '')
    expect(confirmed.headers.get('location')).toBe('/campaigns/forced-labour/confirmed')
    await waitForFreshCount()
    expect(await publicCount()).toBe(before + 1)
    // The link is spent.
    expect((await site.request(confirmPath)).status).toBe(404)
  }, 30_000)

  it('accepts a second signature from the same address quietly and counts it once', async () => {
    const before = await publicCount()
    const first = await postForm(site, '/campaigns/forced-labour', signatureBody(t.env.PAYLOAD_SECRET, { email: 'twice@example.org' }))
    const second = await postForm(site, '/campaigns/forced-labour', signatureBody(t.env.PAYLOAD_SECRET, { email: 'TWICE@example.org', firstName: 'Other' }))
    expect(second.status).toBe(first.status)
    expect(second.headers.get('location')).toBe(first.headers.get('location'))
    await runMailQueue(t.payload)
    // Signing again before confirming sends a fresh link (the newest one is the one that works).
    const mails = [...smtp.to('twice@example.org'), ...smtp.to('TWICE@example.org')]
    expect(mails).toHaveLength(2)
    await postForm(site, linkIn(mails[1]?.text ?? '', '/campaigns/forced-labour/confirm/'), '')
    const third = await postForm(site, '/campaigns/forced-labour', signatureBody(t.env.PAYLOAD_SECRET, { email: 'twice@example.org' }))
    expect(third.headers.get('location')).toBe('/campaigns/forced-labour/thanks')
    expect(await signaturesOf('twice@example.org')).toHaveLength(1)
    await waitForFreshCount()
    expect(await publicCount()).toBe(before + 1)
  }, 30_000)

  it('counts exactly 500 after 500 parallel signatures with distinct addresses, all verified', async () => {
    await createCampaign(t.payload, 'viral')
    const responses = await Promise.all(
      Array.from({ length: 500 }, (_, i) => postForm(site, '/campaigns/viral', signatureBody(t.env.PAYLOAD_SECRET, { email: `signer${i}@example.org` }))),
    )
    expect(responses.filter((response) => response.status === 303)).toHaveLength(500)
    // Verify each through its token, the way the e-mail's button does (the tokens are only stored hashed).
    const { docs } = await t.payload.find({ collection: 'signatures', where: { email: { like: 'signer' } }, overrideAccess: true, pagination: false })
    expect(docs).toHaveLength(500)
    const tokens = await Promise.all(
      docs.map(async (doc) => {
        const token = newToken()
        await t.payload.db.updateOne({ collection: 'signatures', id: doc.id, data: { confirmTokenHash: hashToken(token) } })
        return token
      }),
    )
    const confirmed = await Promise.all(tokens.map((token) => postForm(site, `/campaigns/viral/confirm/${token}`, '')))
    expect(confirmed.filter((response) => response.headers.get('location') === '/campaigns/viral/confirmed')).toHaveLength(500)
    await waitForFreshCount()
    expect(await publicCount('viral')).toBe(500)
  }, 120_000)
})

describe('the separate updates box', () => {
  it('signs up for updates through the ledger only when ticked', async () => {
    const wording = String((await currentWording(t.payload, 'en')).version)
    await postForm(site, '/campaigns/forced-labour', signatureBody(t.env.PAYLOAD_SECRET, { email: 'no-updates@example.org', wording }))
    await postForm(site, '/campaigns/forced-labour', signatureBody(t.env.PAYLOAD_SECRET, { email: 'updates@example.org', wording, updates: 'yes' }))
    const supporters = async (email: string) => (await t.payload.find({ collection: 'supporters', where: { email: { equals: email } }, overrideAccess: true })).docs
    expect(await supporters('no-updates@example.org')).toHaveLength(0)
    const [supporter] = await supporters('updates@example.org')
    expect(supporter?.status).toBe('pending')
    const { docs } = await t.payload.find({ collection: 'consents', where: { supporter: { equals: supporter?.id } }, overrideAccess: true })
    expect(docs.map((entry) => [entry.kind, entry.form, entry.pagePath])).toEqual([['signup', 'petition', '/campaigns/forced-labour']])
  })

  it('shares the one-e-mail-per-address window with the updates page (rate limits on)', async () => {
    const limited = createTestSite({ payload: t.payload, env: t.env }).app
    const email = 'one-window@example.org'
    expect((await postForm(limited, '/updates', await signUpBody(t.payload, t.env.PAYLOAD_SECRET, { email }))).status).toBe(303)
    const wording = String((await currentWording(t.payload, 'en')).version)
    expect((await postForm(limited, '/campaigns/forced-labour', signatureBody(t.env.PAYLOAD_SECRET, { email, wording, updates: 'yes' }))).status).toBe(303)
    await runMailQueue(t.payload)
    const subjects = smtp.to(email).map((mail) => mail.subject)
    // The petition's own confirmation, and one (not two) asking to confirm the updates.
    expect(subjects.filter((subject) => subject?.startsWith('Confirm your sign-up'))).toHaveLength(1)
    expect(subjects).toHaveLength(2)
  })
})

describe('closed campaigns and bad input', () => {
  it('shows the outcome instead of the form and refuses a late signature clearly', async () => {
    for (const slug of ['old-campaign', 'past-deadline']) {
      const html = await (await site.request(`/campaigns/${slug}`)).text()
      expect(html).not.toContain('name="firstName"')
      const late = await postForm(site, `/campaigns/${slug}`, signatureBody(t.env.PAYLOAD_SECRET, { email: 'late@example.org' }))
      expect(late.status).toBe(410)
      expect(await late.text()).toContain('This petition is no longer taking signatures')
    }
    expect(await signaturesOf('late@example.org')).toHaveLength(0)
  })

  it('answers a signature for a campaign that does not exist with a 404 and stores nothing', async () => {
    const response = await postForm(site, '/campaigns/no-such-thing', signatureBody(t.env.PAYLOAD_SECRET, { email: 'ghost@example.org' }))
    expect(response.status).toBe(404)
    expect(await signaturesOf('ghost@example.org')).toHaveLength(0)
  })

  const bad: [string, Record<string, string>, string, string][] = [
    ['missing first name', { firstName: '' }, 'firstName', 'Enter your first name'],
    ['over-long last name', { lastName: 'x'.repeat(81) }, 'lastName', 'Last name must be 80 characters or fewer'],
    ['bad e-mail', { email: 'not an address' }, 'email', 'Enter an e-mail address in the correct format'],
    ['unknown country', { country: 'ZZ' }, 'country', 'Choose a country from the list'],
    ['malformed postcode', { postcode: '12345' }, 'postcode', 'Enter a UK postcode like SW1A 1AA'],
  ]
  it.each(bad)('%s: error beside the field, input kept, nothing stored', async (_name, fields, field, text) => {
    const email = `bad-${field}@example.org`
    const response = await postForm(site, '/campaigns/forced-labour', signatureBody(t.env.PAYLOAD_SECRET, { email, ...fields }))
    expect(response.status).toBe(400)
    expect(response.headers.get('cache-control')).toContain('no-store')
    const html = await response.text()
    expect(html).toContain(`href="#${field}"`)
    expect(html).toContain(`id="${field}-error"`)
    expect(html).toContain(text)
    expect(html).toContain(field === 'email' ? 'value="not an address"' : `value="${email}"`)
    expect(await signaturesOf(field === 'email' ? undefined : email).then((docs) => docs.filter((doc) => doc.email === email))).toHaveLength(0)
  })

  it('ignores an extra field and refuses a cross-site post', async () => {
    const extra = signatureBody(t.env.PAYLOAD_SECRET, { email: 'extra@example.org' })
    extra.set('verified', 'true')
    expect((await postForm(site, '/campaigns/forced-labour', extra)).status).toBe(303)
    expect((await signaturesOf('extra@example.org'))[0]?.verified).toBe(false)
    const forged = await postForm(site, '/campaigns/forced-labour', signatureBody(t.env.PAYLOAD_SECRET, { email: 'forged@example.org' }), { Origin: 'https://evil.example' })
    expect(forged.status).toBe(403)
    expect(await signaturesOf('forged@example.org')).toHaveLength(0)
  })
})

describe('the delivery export', () => {
  async function exportFor(role: 'admin' | 'fundraiser' | 'editor', query: string) {
    const endpoint = signatureEndpoints[0]
    if (!endpoint) throw new Error('no delivery endpoint')
    const user = await createStaff(t.payload, role)
    const req = await createLocalReq({ user: { ...user, collection: 'users' }, urlSuffix: `/api/signatures/delivery.csv?${query}` }, t.payload)
    return endpoint.handler(req)
  }

  it('has exactly the verified signatures, postcode areas only, and cells a spreadsheet cannot run', async () => {
    const campaign = await createCampaign(t.payload, 'delivery')
    const sign = (fields: Record<string, string>) => postForm(site, '/campaigns/delivery', signatureBody(t.env.PAYLOAD_SECRET, fields))
    await sign({ email: 'verified@example.org', firstName: 'Jo', lastName: "O'Neil", postcode: 'sw1a1aa' })
    await sign({ email: 'pending@example.org', firstName: 'Pending' })
    await sign({ email: 'formula@example.org', firstName: 'Eve', lastName: 'Smith' })
    const { docs } = await t.payload.find({ collection: 'signatures', where: { campaign: { equals: campaign.id } }, overrideAccess: true, pagination: false })
    for (const doc of docs.filter((d) => d.email !== 'pending@example.org')) {
      // The form refuses names that start like a formula; older or imported rows might not.
      const lastName = doc.email === 'formula@example.org' ? '=HYPERLINK("http://evil.example","x")' : doc.lastName
      await t.payload.db.updateOne({ collection: 'signatures', id: doc.id, data: { verified: true, lastName } })
    }
    const response = await exportFor('fundraiser', `campaign=${campaign.id}`)
    expect(response.status).toBe(200)
    const lines = (await response.text()).trim().split('\r\n')
    expect(lines[0]).toBe('first_name,last_name,country,postcode_area,signed_on,petition_version')
    expect(lines).toHaveLength(3)
    expect(lines.join('\n')).toContain("Jo,O'Neil,GB,SW1A,")
    expect(lines.join('\n')).toContain(`Eve,"'=HYPERLINK(""http://evil.example"",""x"")",GB,,`)
    expect(lines.join('\n')).not.toContain('Pending')
    expect(lines.join('\n')).not.toContain('@')
    const withEmail = await (await exportFor('admin', `campaign=${campaign.id}&email=1`)).text()
    expect(withEmail).toContain('verified@example.org')
    expect((await exportFor('editor', `campaign=${campaign.id}`)).status).toBe(403)
  })
})
