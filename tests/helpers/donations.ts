import type { Hono } from 'hono'
import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { declarationVersions } from '../../src/features/donations/declaration'
import { closeMailTransports } from '../../src/features/mail'
import { startFakeStripe, type FakeStripe } from './fake-stripe'
import { humanStamp, postForm, setUpCharity } from './sign-up'
import { startSmtpSink, type SmtpSink } from './smtp-sink'
import { startTestPayload, type TestPayload } from './test-payload'
import { createTestSite } from './test-site'

export const webhookSecret = 'whsec_test_abolition_local'

/** Amounts and what they pay for, as a charity sets them in Site settings. */
export async function setUpDonations(payload: Payload): Promise<void> {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      donations: {
        minimumPounds: 2,
        maximumPounds: 5000,
        oneOffAmounts: [
          { pounds: 10, impact: 'pays for an hour of casework' },
          { pounds: 25, impact: 'pays for a night in a safe house' },
        ],
        monthlyAmounts: [{ pounds: 5, impact: 'keeps the helpline open for an hour each month' }],
      },
    },
  })
}

/** What a browser posts from the donate form; Gift Aid fields only when asked for. */
export function donationBody(secret: string, charity: string, fields: Record<string, string> = {}): URLSearchParams {
  const body = new URLSearchParams({
    frequency: 'one-off',
    amount: '2500',
    otherAmount: '',
    firstName: 'Amira',
    lastName: 'Haddad',
    email: 'amira@example.org',
    declarationVersion: declarationVersions('en', charity),
    wording: '1',
    rendered: humanStamp(secret),
  })
  for (const [name, value] of Object.entries(fields)) body.set(name, value)
  return body
}

export const giftAidFields = { giftAid: 'yes', title: 'Ms', house: '12', postcode: 'sw1a 1aa', scope: 'enduring' }

export const postDonation = (site: Hono, body: URLSearchParams) => postForm(site, '/donate', body)

/** Delivers a Stripe event to the site's webhook, signed as Stripe signs it (or with another secret). */
export function deliver(site: Hono, stripe: FakeStripe, event: Stripe.Event | Record<string, unknown>, secret = webhookSecret): Promise<Response> {
  const { body, signature } = stripe.signed(event, secret)
  return Promise.resolve(site.request('/api/stripe/webhook', { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature } }))
}

/** The Checkout Session the last form post opened (its id is in the redirect). */
export function sessionFrom(response: Response, stripe: FakeStripe): string {
  const location = response.headers.get('location') ?? ''
  const id = /\/pay\/(cs_test_\w+)$/.exec(location)?.[1]
  if (!id || !stripe.sessions.has(id)) throw new Error(`No Checkout redirect in ${response.status} ${location}`)
  return id
}

export type DonationsTest = { t: TestPayload; smtp: SmtpSink; stripe: FakeStripe; site: Hono; close: () => Promise<void> }

/** A test file's world: its own database, a real SMTP sink, the local Stripe, and the site with Stripe keys set. */
export async function startDonationsTest(): Promise<DonationsTest> {
  const smtp = await startSmtpSink()
  const stripe = await startFakeStripe({ webhookSecret })
  Object.assign(process.env, {
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Freedom Line <hello@freedom.example>',
    STRIPE_SECRET_KEY: 'sk_test_abolition',
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    STRIPE_API_BASE: stripe.url,
  })
  const t = await startTestPayload()
  await setUpCharity(t.payload)
  await setUpDonations(t.payload)
  const site = createTestSite({ payload: t.payload, env: { ...t.env, RATE_LIMITS: 'off' } }).app
  return {
    t,
    smtp,
    stripe,
    site,
    close: async () => {
      closeMailTransports()
      for (const name of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_API_BASE']) delete process.env[name]
      await smtp.close()
      await stripe.close()
      await t.close()
    },
  }
}

/** A one-off gift through the form and Checkout, paid and reported by a signed webhook. */
export async function giveOnce(world: DonationsTest, fields: Record<string, string>): Promise<{ sessionId: string; paymentIntentId: string }> {
  const response = await postDonation(world.site, donationBody(world.t.env.PAYLOAD_SECRET, 'Freedom Line', fields))
  const sessionId = sessionFrom(response, world.stripe)
  const [completed] = world.stripe.pay(sessionId)
  if (!completed) throw new Error('no event')
  const answer = await deliver(world.site, world.stripe, completed)
  if (answer.status !== 200) throw new Error(`webhook answered ${answer.status}`)
  return { sessionId, paymentIntentId: String(world.stripe.sessions.get(sessionId)?.payment_intent) }
}
