import { Hono } from 'hono'
import { createLocalReq, type DataFromCollectionSlug, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBurstWatch, noteCheckoutAttempt } from '../../src/features/donations/burst-alert'
import { deleteAbandonedGifts } from '../../src/features/donations/jobs/delete-abandoned'
import { defaultDonationLimits } from '../../src/features/donations/limits'
import { donationRoutes } from '../../src/features/donations/routes'
import { runMailQueue } from '../../src/features/mail'
import { currentWording } from '../../src/features/updates/consent-wording'
import { supporterEndpoints } from '../../src/features/updates/staff/endpoints'
import { createRateLimiter } from '../../src/site/forms/rate-limit'
import { deliver, donationBody, giftAidFields, giveOnce, postDonation, sessionFrom, startDonationsTest, webhookSecret, type DonationsTest } from '../helpers/donations'
import type { FakeStripe } from '../helpers/fake-stripe'
import { linkIn, postForm } from '../helpers/sign-up'
import { createStaff } from '../helpers/staff'
import type { SmtpSink } from '../helpers/smtp-sink'
import type { TestPayload } from '../helpers/test-payload'
import { createTestSite } from '../helpers/test-site'

let world: DonationsTest
let t: TestPayload
let smtp: SmtpSink
let stripe: FakeStripe
let site: Hono
const charity = 'Freedom Line'

beforeAll(async () => {
  world = await startDonationsTest()
  ;({ t, smtp, stripe, site } = world)
}, 60_000)
afterAll(() => world?.close())

const find = async <S extends 'donations' | 'regular-gifts' | 'gift-aid-declarations' | 'stripe-events'>(collection: S, where: Where = {}) =>
  (await t.payload.find({ collection, where, overrideAccess: true, pagination: false, depth: 0 })).docs as DataFromCollectionSlug<S>[]
const donationsFor = (email: string) => find('donations', { email: { equals: email } })
const counts = async () => ({
  donations: (await find('donations')).length,
  gifts: (await find('regular-gifts')).length,
  declarations: (await find('gift-aid-declarations')).length,
  events: (await find('stripe-events')).length,
  sessions: stripe.sessions.size,
})

describe('a one-off gift without JavaScript, through Checkout, recorded once', () => {
  it('shows the amounts with what they pay for, and no box ticked for the person', async () => {
    const page = await site.request('/donate')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('pays for a night in a safe house')
    expect(html).toContain('I want to Gift Aid my donation and any donations I make in the future or have made in the past 4 years to Freedom Line.')
    expect(html).not.toMatch(/name="(giftAid|updates)"[^>]*checked/)
    expect(html).not.toMatch(/name="amount"[^>]*checked/)
    // The form may lead to Checkout (browsers check form-action on the redirect); other pages may not.
    expect(page.headers.get('content-security-policy')).toContain(`form-action 'self' ${stripe.url};`)
    expect((await site.request('/updates')).headers.get('content-security-policy')).toContain("form-action 'self';")
  })

  it('redirects to Checkout, and a signed checkout.session.completed makes one paid donation and one receipt', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { ...giftAidFields, email: 'amira@Example.ORG' }))
    expect(response.status).toBe(303)
    const sessionId = sessionFrom(response, stripe)
    const create = stripe.requests.find((request) => request.path === '/v1/checkout/sessions' && request.method === 'POST')
    expect(create?.idempotencyKey).toMatch(/^checkout:donations:\d+:[0-9a-f]{16}$/)
    expect(create?.body).toMatchObject({ mode: 'payment', submit_type: 'donate', customer_email: 'amira@example.org', line_items: [{ price_data: { unit_amount: '2500', currency: 'gbp' } }] })

    const [pending] = await donationsFor('amira@example.org')
    expect(pending).toMatchObject({ status: 'pending', amountPence: 2500, checkoutSessionId: sessionId })
    expect((create?.body.metadata as Record<string, string>).donationId).toBe(String(pending?.id))
    const [declaration] = await find('gift-aid-declarations', { id: { equals: pending?.giftAid } })
    expect(declaration).toMatchObject({ postcode: 'SW1A 1AA', scope: 'enduring', houseNameOrNumber: '12', title: 'Ms' })
    expect(declaration?.wording).toContain('I am a UK taxpayer')

    const [completed] = stripe.pay(sessionId)
    if (!completed) throw new Error('no event')
    // Stripe retries: the same event three times, two of them at the same moment.
    expect((await deliver(site, stripe, completed)).status).toBe(200)
    const again = await Promise.all([deliver(site, stripe, completed), deliver(site, stripe, completed)])
    expect(again.map((answer) => answer.status)).toEqual([200, 200])

    const donations = await donationsFor('amira@example.org')
    expect(donations).toHaveLength(1)
    expect(donations[0]).toMatchObject({ status: 'paid', paymentIntentId: stripe.sessions.get(sessionId)?.payment_intent })
    expect(await find('stripe-events', { eventId: { equals: completed.id } })).toHaveLength(1)

    await runMailQueue(t.payload)
    const receipts = smtp.to('amira@example.org')
    expect(receipts).toHaveLength(1)
    expect(receipts[0]?.subject).toBe('Thank you for your donation to Freedom Line')
    expect(receipts[0]?.text).toContain('We received your donation of £25 on')
    expect(receipts[0]?.text).toContain('adds £6.25 from HMRC')
    expect(receipts[0]?.text).toContain('1 Example Street, London E1 1AA')

    // The thank-you page asks Stripe, not the address, and says what happened.
    const thanks = await (await site.request(`/donate/thank-you?session_id=${sessionId}`)).text()
    expect(thanks).toContain('We have received your donation of £25.')
    expect(thanks).toContain('With Gift Aid, your gift is worth £31.25 to us.')
  })

  it('records the payment from the thank-you page when the webhook is late, still once', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { amount: '1000', email: 'late@example.org' }))
    const sessionId = sessionFrom(response, stripe)
    const [completed] = stripe.pay(sessionId)
    expect(await (await site.request(`/donate/thank-you?session_id=${sessionId}`)).text()).toContain('We have received your donation of £10.')
    if (completed) expect((await deliver(site, stripe, completed)).status).toBe(200)
    const donations = await donationsFor('late@example.org')
    expect(donations.map((donation) => donation.status)).toEqual(['paid'])
    await runMailQueue(t.payload)
    expect(smtp.to('late@example.org')).toHaveLength(1)
    expect(smtp.to('late@example.org')[0]?.text).toContain('Gift Aid does not apply to this donation.')
  })

  it('says a payment has not gone through when the session was never paid, or is not Stripe’s', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { email: 'unpaid@example.org' }))
    const open = await site.request(`/donate/thank-you?session_id=${sessionFrom(response, stripe)}`)
    expect(await open.text()).toContain('Your payment has not gone through')
    const unknown = await site.request('/donate/thank-you?session_id=cs_test_doesnotexist')
    expect(unknown.status).toBe(404)
    expect((await site.request('/donate/thank-you?session_id=<script>')).status).toBe(404)
  })

  it('brings the person back from Checkout’s cancel link with their choices kept', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { ...giftAidFields, amount: '', otherAmount: '7.50', email: 'back@example.org', firstName: 'Dara' }))
    const cancel = stripe.sessions.get(sessionFrom(response, stripe))?.cancel_url ?? ''
    const page = await site.request(new URL(cancel).pathname)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('You have not been charged')
    expect(html).toContain('value="7.50"')
    expect(html).toContain('value="Dara"')
    expect(html).toContain('value="SW1A 1AA"')
    expect(html).toMatch(/id="giftAid" name="giftAid" value="yes" checked/)
  })

  it('takes a delayed bank payment as processing, then paid when it settles', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { email: 'bacs@example.org' }))
    const sessionId = sessionFrom(response, stripe)
    const [completed] = stripe.pay(sessionId, { async: true })
    if (!completed) throw new Error('no event')
    expect((await deliver(site, stripe, completed)).status).toBe(200)
    expect((await donationsFor('bacs@example.org'))[0]?.status).toBe('processing')
    expect(await (await site.request(`/donate/thank-you?session_id=${sessionId}`)).text()).toContain('Your payment is on its way')
    expect((await deliver(site, stripe, stripe.settle(sessionId, true))).status).toBe(200)
    expect((await donationsFor('bacs@example.org'))[0]?.status).toBe('paid')
  })

  it('marks a delayed payment that failed as failed', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { email: 'bounced@example.org' }))
    const sessionId = sessionFrom(response, stripe)
    const [completed] = stripe.pay(sessionId, { async: true })
    if (completed) await deliver(site, stripe, completed)
    expect((await deliver(site, stripe, stripe.settle(sessionId, false))).status).toBe(200)
    expect((await donationsFor('bounced@example.org'))[0]?.status).toBe('failed')
  })
})

describe('whatever order and however often Stripe tells us', () => {
  it('records one payment and one receipt from three simultaneous deliveries and the thank-you page', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { email: 'race@example.org' }))
    const sessionId = sessionFrom(response, stripe)
    const [completed] = stripe.pay(sessionId)
    if (!completed) throw new Error('no event')
    const answers = await Promise.all([deliver(site, stripe, completed), deliver(site, stripe, completed), deliver(site, stripe, completed), site.request(`/donate/thank-you?session_id=${sessionId}`)])
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200])
    expect((await donationsFor('race@example.org')).map((donation) => donation.status)).toEqual(['paid'])
    await runMailQueue(t.payload)
    expect(smtp.to('race@example.org')).toHaveLength(1)
  })

  it('takes a refund that overtakes the Checkout event', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { email: 'overtaken@example.org' }))
    const sessionId = sessionFrom(response, stripe)
    const [completed] = stripe.pay(sessionId)
    const refund = stripe.refund(String(stripe.sessions.get(sessionId)?.payment_intent))
    expect((await deliver(site, stripe, refund)).status).toBe(200)
    if (completed) expect((await deliver(site, stripe, completed)).status).toBe(200)
    const [donation] = await donationsFor('overtaken@example.org')
    expect(donation).toMatchObject({ status: 'refunded', refundedPence: 2500 })
  })

  it('queues a receipt that a failure left unsent when Stripe delivers again', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { email: 'unsent@example.org' }))
    const sessionId = sessionFrom(response, stripe)
    const [completed] = stripe.pay(sessionId)
    const [pending] = await donationsFor('unsent@example.org')
    // As if the first delivery recorded the payment and failed before queueing the receipt.
    await t.payload.update({ collection: 'donations', id: Number(pending?.id), data: { status: 'paid', paidAt: new Date().toISOString() }, overrideAccess: true })
    if (completed) expect((await deliver(site, stripe, completed)).status).toBe(200)
    await runMailQueue(t.payload)
    expect(smtp.to('unsent@example.org')).toHaveLength(1)
  })

  it('acknowledges and ignores an invoice or refund that belongs to something else on the Stripe account', async () => {
    const before = await counts()
    const foreignRefund = stripe.event('charge.refunded', { id: 'ch_test_not_ours', object: 'charge' })
    expect((await deliver(site, stripe, foreignRefund)).status).toBe(400)
    const other = await giveElsewhere()
    expect((await deliver(site, stripe, stripe.refund(other))).status).toBe(200)
    expect(await counts()).toEqual({ ...before, sessions: before.sessions + 1 })
  })
})

/** A payment on the same Stripe account made by something other than this site (no metadata of ours). */
async function giveElsewhere(): Promise<string> {
  const created = await fetch(`${stripe.url}/v1/checkout/sessions`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk_test_other', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'mode=payment&success_url=https%3A%2F%2Fshop.example%2Fok&cancel_url=https%3A%2F%2Fshop.example%2Fno&line_items[0][price_data][unit_amount]=900&line_items[0][quantity]=1',
  })
  const { id } = (await created.json()) as { id: string }
  stripe.pay(id)
  return String(stripe.sessions.get(id)?.payment_intent)
}

describe('monthly gifts', () => {
  it('records every invoice once, whichever event comes first, and the receipt links to the billing portal', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { ...giftAidFields, frequency: 'monthly', amount: '500', email: 'monthly@example.org' }))
    const sessionId = sessionFrom(response, stripe)
    const create = stripe.requests.filter((request) => request.path === '/v1/checkout/sessions').at(-1)
    expect(create?.body).toMatchObject({ mode: 'subscription', submit_type: 'donate', line_items: [{ price_data: { unit_amount: '500', recurring: { interval: 'month' } } }] })
    const [completed, invoicePaid] = stripe.pay(sessionId)
    if (!completed || !invoicePaid) throw new Error('no events')
    // invoice.paid first (Stripe does not promise an order), then the session, each twice.
    for (const event of [invoicePaid, invoicePaid, completed, completed]) expect((await deliver(site, stripe, event)).status).toBe(200)
    const [gift] = await find('regular-gifts', { email: { equals: 'monthly@example.org' } })
    expect(gift).toMatchObject({ status: 'active', amountPence: 500 })
    expect(await donationsFor('monthly@example.org')).toHaveLength(1)

    const subscriptionId = String(gift?.subscriptionId)
    const nextMonth = stripe.renew(subscriptionId)
    await deliver(site, stripe, nextMonth)
    await deliver(site, stripe, nextMonth)
    const donations = await donationsFor('monthly@example.org')
    expect(donations).toHaveLength(2)
    expect(donations.every((donation) => donation.status === 'paid' && donation.frequency === 'monthly' && donation.regularGift === gift?.id)).toBe(true)
    expect(new Set(donations.map((donation) => donation.invoiceId)).size).toBe(2)

    await runMailQueue(t.payload)
    const receipts = smtp.to('monthly@example.org')
    expect(receipts).toHaveLength(2)
    expect(receipts[0]?.text).toContain("We received this month's gift of £5 on")
    const managePath = linkIn(receipts[0]?.text ?? '', '/donate/manage/')
    const manage = await site.request(managePath)
    expect(await manage.text()).toContain(`<form method="post" action="${managePath}">`)
    const portal = await postForm(site, managePath, '')
    expect(portal.status).toBe(303)
    expect(portal.headers.get('location')).toBe(`${stripe.url}/portal/${String(gift?.customerId)}`)

    expect((await deliver(site, stripe, stripe.cancel(subscriptionId))).status).toBe(200)
    const [cancelled] = await find('regular-gifts', { id: { equals: gift?.id } })
    expect(cancelled?.status).toBe('cancelled')
    expect(await (await site.request(managePath)).text()).toContain('This monthly gift has already ended.')
    expect((await site.request('/donate/manage/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404)
  })
})

describe('webhooks that must change nothing', () => {
  it('refuses a forged, unsigned, stale or foreign event with 400 and stores nothing', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { email: 'forged@example.org' }))
    const [completed] = stripe.pay(sessionFrom(response, stripe))
    if (!completed) throw new Error('no event')
    const before = await counts()
    expect((await deliver(site, stripe, completed, 'whsec_someone_else')).status).toBe(400)
    const unsigned = await site.request('/api/stripe/webhook', { method: 'POST', body: JSON.stringify(completed), headers: { 'Content-Type': 'application/json' } })
    expect(unsigned.status).toBe(400)
    const stale = stripe.signed(completed, webhookSecret, Math.floor(Date.now() / 1000) - 3600)
    expect((await site.request('/api/stripe/webhook', { method: 'POST', body: stale.body, headers: { 'Stripe-Signature': stale.signature } })).status).toBe(400)
    const tampered = stripe.signed(completed)
    expect((await site.request('/api/stripe/webhook', { method: 'POST', body: tampered.body.replace('"livemode":false', '"livemode":true'), headers: { 'Stripe-Signature': tampered.signature } })).status).toBe(400)
    // A correctly signed event about a session this site never opened.
    const foreign = stripe.event('checkout.session.completed', { id: 'cs_test_not_ours', object: 'checkout.session' })
    expect((await deliver(site, stripe, foreign)).status).toBe(400)
    // Far bigger than any Stripe event: refused before it is read (no Content-Length needed).
    const huge = await site.request('/api/stripe/webhook', { method: 'POST', body: 'x'.repeat(600 * 1024), headers: { 'Stripe-Signature': 't=1,v1=0' } })
    expect(huge.status).toBe(413)
    expect(await counts()).toEqual(before)
    expect((await donationsFor('forged@example.org'))[0]?.status).toBe('pending')
  })
})

describe('bad input on the donate form', () => {
  const cases: [string, Record<string, string>, string, string][] = [
    ['amount 0', { amount: '', otherAmount: '0' }, 'otherAmount', 'Enter an amount greater than zero'],
    ['a negative amount', { amount: '', otherAmount: '-5' }, 'otherAmount', 'Enter an amount greater than zero'],
    ['below the minimum', { amount: '', otherAmount: '1.50' }, 'otherAmount', 'The smallest gift we can take online is £2'],
    ['above the maximum', { amount: '', otherAmount: '5000.01' }, 'otherAmount', 'For a gift of more than £5,000, please contact us'],
    ['not a number', { amount: '', otherAmount: 'ten pounds' }, 'otherAmount', 'Enter the amount in pounds as a number'],
    ['three decimals', { amount: '', otherAmount: '10.505' }, 'otherAmount', 'no more than two digits after the point'],
    ['no amount at all', { amount: '', otherAmount: '' }, 'amount', 'Choose an amount, or enter another amount'],
    ['a forged preset below the minimum', { amount: '1' }, 'amount', 'The smallest gift we can take online is £2'],
    ['an unknown frequency', { frequency: 'weekly' }, 'frequency', 'Choose how often you would like to give'],
    ['Gift Aid without an address', { giftAid: 'yes', scope: 'enduring', house: '', postcode: '' }, 'house', 'Enter your house name or number'],
    ['Gift Aid with a foreign postcode', { ...giftAidFields, postcode: '75001' }, 'postcode', 'Enter a UK postcode, like SW1A 1AA'],
    ['Gift Aid on a monthly gift for one donation only', { ...giftAidFields, frequency: 'monthly', amount: '500', scope: 'single' }, 'scope', 'A monthly gift needs Gift Aid on future donations too'],
    ['a script for a name', { firstName: '<script>alert(1)</script>' }, 'firstName', 'Enter a name using letters'],
    ['an over-long e-mail', { email: `${'a'.repeat(250)}@example.org` }, 'email', 'Email address must be 254 characters or fewer'],
    ['a control character in the e-mail', { email: 'amira\u0000@example.org' }, 'email', 'Enter an email address in the correct format'],
  ]

  it.each(cases)('%s: the error is beside the field, the input is kept, nothing is stored and Stripe is not called', async (_name, fields, field, message) => {
    const before = await counts()
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { email: 'bad-input@example.org', ...fields }))
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain(`<a href="#${field}">`)
    expect(html).toMatch(new RegExp(`id="${field}-error"[^>]*>\\s*<span class="ab-visually-hidden">Error:</span> [^<]*${message.replace(/[.*+?^${}()|[\]\\£]/g, '\\$&')}`))
    expect(html).toContain('<title>Error: Donate')
    for (const value of Object.values(fields).filter((v) => v && !['yes', 'enduring', 'single', 'monthly', 'weekly'].includes(v) && !v.includes('\u0000'))) {
      expect(html).toContain(value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'))
    }
    expect(await counts()).toEqual(before)
  })

  it('shows every problem at once', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { amount: '', otherAmount: 'x', firstName: '', email: 'nope', giftAid: 'yes', house: '', postcode: '' }))
    const html = await response.text()
    for (const field of ['otherAmount', 'firstName', 'email', 'house', 'postcode']) expect(html).toContain(`<a href="#${field}">`)
  })

  it('refuses a post from another site, and shows a bot-fast post again without storing it', async () => {
    const before = await counts()
    const crossSite = await postForm(site, '/donate', donationBody(t.env.PAYLOAD_SECRET, charity), { Origin: 'https://evil.example' })
    expect(crossSite.status).toBe(403)
    const tooFast = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { rendered: '' }))
    expect(tooFast.status).toBe(400)
    expect(await tooFast.text()).toContain('press Continue to payment again')
    expect(await counts()).toEqual(before)
  })

  it('says so calmly when Stripe fails, keeps the form and nothing else, and the next donor is not stuck', async () => {
    const before = await counts()
    stripe.failNextCreates(1)
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { ...giftAidFields, email: 'stripe-down@example.org' }))
    expect(response.status).toBe(503)
    const html = await response.text()
    expect(html).toContain('We could not reach our payment provider')
    expect(html).toContain('value="stripe-down@example.org"')
    expect(await counts()).toEqual(before)
    // Stripe keeps a key's failure for a day: the next gift (which may get the same row id back)
    // must not reuse the key, or every donor after an outage would see the same failure.
    const next = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { email: 'next-donor@example.org' }))
    expect(next.status).toBe(303)
    const keys = stripe.requests.filter((request) => request.path === '/v1/checkout/sessions').slice(-2).map((request) => request.idempotencyKey)
    expect(new Set(keys).size).toBe(2)
  })
})

describe('without Stripe keys (the local demo)', () => {
  it('explains that online giving is not switched on, and a post stores nothing', async () => {
    const demo = createTestSite({ payload: t.payload, env: { ...t.env, STRIPE_SECRET_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined } }).app
    const page = await (await demo.request('/donate')).text()
    expect(page).toContain('Online giving is not switched on yet')
    expect(page).toContain('pays for a night in a safe house')
    const before = await counts()
    const post = await postForm(demo, '/donate', donationBody(t.env.PAYLOAD_SECRET, charity))
    expect(post.status).toBe(200)
    expect(await post.text()).toContain('Online giving is not switched on yet')
    expect(await counts()).toEqual(before)
    expect((await demo.request('/api/stripe/webhook', { method: 'POST', body: '{}' })).status).toBe(503)
  })
})

describe('card-testing defence', () => {
  it('limits Checkout attempts per client and per e-mail, counting only complete forms', async () => {
    const limited = createTestSite({ payload: t.payload, env: { ...t.env, RATE_LIMITS: 'on' } }).app
    // Mistakes cost nothing: twenty invalid posts, then a valid one still goes through.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect((await postForm(limited, '/donate', donationBody(t.env.PAYLOAD_SECRET, charity, { amount: '', otherAmount: '0.5' }))).status).toBe(400)
    }
    const sameAddress: number[] = []
    for (let attempt = 0; attempt < 6; attempt += 1) {
      sameAddress.push((await postForm(limited, '/donate', donationBody(t.env.PAYLOAD_SECRET, charity, { email: 'same@example.org' }))).status)
    }
    expect(sameAddress).toEqual([303, 303, 303, 303, 303, 429])
    const perClient: number[] = []
    for (let attempt = 0; attempt < 5; attempt += 1) {
      perClient.push((await postForm(limited, '/donate', donationBody(t.env.PAYLOAD_SECRET, charity, { email: `card${attempt}@example.org` }))).status)
    }
    // Ten Checkout Sessions per client in ten minutes: five above, four here, then refused.
    expect(perClient).toEqual([303, 303, 303, 303, 429])
  })

  it('alerts admins and fundraisers once when attempts burst, and never blocks the donor', async () => {
    const admin = await createStaff(t.payload, 'admin')
    const editor = await createStaff(t.payload, 'editor')
    const watch = createBurstWatch(t.env, createRateLimiter('test-burst', { points: 2, durationSeconds: 60 }, t.env))
    const rule = { points: 2, durationSeconds: 300 }
    const alerted = []
    for (let attempt = 0; attempt < 6; attempt += 1) alerted.push(await noteCheckoutAttempt(t.payload, t.env, watch, rule))
    expect(alerted).toEqual([false, false, true, false, false, false])
    // The form counts every complete post, refused ones too (a burst that hits the limits still alerts).
    const limits = { ...defaultDonationLimits, burst: { points: 1, durationSeconds: 300 }, checkoutsPerClient: { points: 1, durationSeconds: 600 } }
    const routes = donationRoutes({ payload: t.payload, env: { ...t.env, RATE_LIMITS: 'on' }, limits })
    const app = new Hono().post('/donate', (c) => routes.post(c, 'en', '/donate'))
    const statuses = []
    for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await postForm(app, '/donate', donationBody(t.env.PAYLOAD_SECRET, charity, { email: `burst${attempt}@example.org` }))).status)
    expect(statuses).toEqual([303, 429, 429])
    const alerts = (await t.payload.find({ collection: 'payment-alerts', overrideAccess: true })).docs
    expect(alerts.map((alert) => alert.summary)).toEqual(['More than 1 donation attempts in 5 minutes', 'More than 2 donation attempts in 5 minutes'])
    await runMailQueue(t.payload)
    expect(smtp.to(admin.email).map((mail) => mail.subject)).toEqual(['Unusual donation activity on your website', 'Unusual donation activity on your website'])
    expect(smtp.to(editor.email)).toHaveLength(0)
  })
})

describe('retention', () => {
  it('deletes gifts never paid after 30 days, with their declarations, and keeps paid ones', async () => {
    const response = await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { ...giftAidFields, email: 'abandoned@example.org' }))
    expect(response.status).toBe(303)
    const [abandoned] = await donationsFor('abandoned@example.org')
    const paidBefore = (await find('donations', { status: { equals: 'paid' } })).length
    expect(await deleteAbandonedGifts(t.payload, Date.now() + 29 * 24 * 60 * 60 * 1000)).toBe(0)
    expect(await deleteAbandonedGifts(t.payload, Date.now() + 31 * 24 * 60 * 60 * 1000)).toBeGreaterThan(0)
    expect(await donationsFor('abandoned@example.org')).toHaveLength(0)
    expect(await find('gift-aid-declarations', { id: { equals: abandoned?.giftAid } })).toHaveLength(0)
    expect(await find('donations', { status: { equals: 'pending' } })).toHaveLength(0)
    expect((await find('donations', { status: { equals: 'paid' } })).length).toBe(paidBefore)
  })
})

describe('donate banner and attribution', () => {
  it('links amount buttons to the form with the amount and appeal filled in, and records the appeal', async () => {
    await t.payload.create({
      collection: 'pages',
      data: {
        title: 'Spring appeal',
        slug: 'spring-appeal',
        _status: 'published',
        layout: [{ blockType: 'donateBanner', heading: 'Give this spring', frequency: 'one-off', amounts: [{ pounds: 25 }, { pounds: 60 }], appeal: 'spring' }],
      },
    })
    const page = await (await site.request('/spring-appeal')).text()
    expect(page).toContain('<a class="ab-button ab-button--primary" href="/donate?amount=25&amp;appeal=spring">Give £25</a>')
    expect(page).toContain('href="/donate?appeal=spring">Another amount</a>')
    const vietnamese = await (await site.request('/vi/spring-appeal')).text()
    // The buttons speak the reader's language (and say so) inside an article still in English.
    expect(vietnamese).toMatch(/<p class="ab-cta__actions" lang="vi"><a class="ab-button ab-button--primary" href="\/vi\/donate\?amount=25&amp;appeal=spring">Quyên góp 25\s£<\/a>/)

    const form = await (await site.request('/donate?amount=25&appeal=spring')).text()
    expect(form).toMatch(/name="amount" type="radio" value="2500" checked/)
    expect(form).toContain('<input type="hidden" name="appeal" value="spring"/>')
    const odd = await (await site.request('/donate?amount=60&appeal=spring')).text()
    expect(odd).toContain('name="otherAmount" type="text" value="60"')
    // Nonsense in the query string is ignored, never an error.
    expect((await site.request('/donate?amount=-1e999&appeal=%3Cscript%3E&frequency=weekly')).status).toBe(200)

    await postDonation(site, donationBody(t.env.PAYLOAD_SECRET, charity, { appeal: 'spring', email: 'spring@example.org' }))
    expect((await donationsFor('spring@example.org'))[0]?.appeal).toBe('spring')
  })
})

describe('the donor’s own data', () => {
  it('signs up for updates only when asked, and a subject access export includes the gifts and declarations', async () => {
    const { version } = await currentWording(t.payload, 'en')
    await giveOnce(world, { ...giftAidFields, email: 'access@example.org', updates: 'yes', wording: String(version) })
    await giveOnce(world, { email: 'quiet@example.org' })
    const supporters = await t.payload.find({ collection: 'supporters', where: { email: { in: ['access@example.org', 'quiet@example.org'] } }, overrideAccess: true })
    expect(supporters.docs.map((supporter) => [supporter.email, supporter.status])).toEqual([['access@example.org', 'pending']])
    const [signUp] = (await t.payload.find({ collection: 'consents', where: { supporter: { equals: supporters.docs[0]?.id } }, overrideAccess: true })).docs
    expect(signUp).toMatchObject({ kind: 'signup', form: 'donation', wordingVersion: version })

    const admin = await createStaff(t.payload, 'admin')
    const endpoint = supporterEndpoints.find((candidate) => candidate.path === '/:id/personal-data')
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } }, t.payload)
    req.routeParams = { id: String(supporters.docs[0]?.id) }
    const data = (await (await endpoint?.handler(req))?.json()) as { donations: { amountPence: number }[]; giftAidDeclarations: { postcode: string; returnTokenHash?: string }[] }
    expect(data.donations.map((donation) => donation.amountPence)).toEqual([2500])
    expect(data.giftAidDeclarations.map((declaration) => declaration.postcode)).toEqual(['SW1A 1AA'])
    expect(JSON.stringify(data)).not.toMatch(/TokenHash|manageKey/)
  })
})
