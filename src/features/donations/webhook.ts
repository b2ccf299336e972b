import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ValidationError, type Payload } from 'payload'
import Stripe from 'stripe'
import type { Env } from '../../env'
import { stripeEventsSlug } from './collections/StripeEvents'
import { recordCancellation, recordCheckout, recordFailedCheckout, recordInvoice, recordRefund, type FulfilDeps, type Outcome } from './fulfil'
import { stripeClient } from './stripe-client'

export const webhookPath = '/api/stripe/webhook'

/** Stripe's events are a few kilobytes; anything far bigger is not from Stripe. */
const maxEventBytes = 512 * 1024

/** Refuses a body over the limit while it streams in, before anything is parsed or checked. */
export const webhookBodyLimit = bodyLimit({ maxSize: maxEventBytes, onError: (c) => c.json({ error: 'Too large.' }, 413, { 'Cache-Control': 'no-store' }) })

const idOf = (object: unknown): string => {
  const id = (object as { id?: unknown } | null)?.id
  return typeof id === 'string' ? id : ''
}

/** The handler for each event type we act on; every one re-reads the object from Stripe and is idempotent. */
const handlers: Record<string, (deps: FulfilDeps, object: unknown, occurredAt: Date) => Promise<Outcome>> = {
  'checkout.session.completed': (deps, session, occurredAt) => recordCheckout(deps, idOf(session), occurredAt),
  'checkout.session.async_payment_succeeded': (deps, session, occurredAt) => recordCheckout(deps, idOf(session), occurredAt),
  'checkout.session.async_payment_failed': (deps, session) => recordFailedCheckout(deps, idOf(session)),
  'invoice.paid': (deps, invoice) => recordInvoice(deps, idOf(invoice)),
  'customer.subscription.deleted': (deps, subscription) => recordCancellation(deps, idOf(subscription)),
  'charge.refunded': (deps, charge) => recordRefund(deps, idOf(charge)),
}

const answer = (c: Context, status: 200 | 400 | 503, body: Record<string, unknown>) => c.json(body, status, { 'Cache-Control': 'no-store' })

async function alreadyHandled(payload: Payload, eventId: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: stripeEventsSlug, where: { eventId: { equals: eventId } }, overrideAccess: true })
  return totalDocs > 0
}

async function remember(payload: Payload, event: Stripe.Event): Promise<void> {
  try {
    await payload.create({ collection: stripeEventsSlug, data: { eventId: event.id, type: event.type, objectId: idOf(event.data.object) }, depth: 0, overrideAccess: true, select: { createdAt: true } })
  } catch (error) {
    // A second delivery handled at the same moment: it changed nothing, and the id is already kept.
    if (!(error instanceof ValidationError)) throw error
  }
}

/**
 * POST /api/stripe/webhook. The signature is checked on the raw body (400 and nothing stored
 * otherwise). Each event id is kept under a unique key, so a repeated delivery is answered at once;
 * the handlers are idempotent as well, so two deliveries racing each other still record one payment.
 * An event about a Checkout Session we never opened is refused with 400; one about another
 * product's invoice or charge on the same Stripe account is acknowledged and ignored.
 * A failure on our side answers 503 so that Stripe delivers the event again later.
 */
export function stripeWebhook(deps: { payload: Payload; env: Env }) {
  return async (c: Context): Promise<Response> => {
    const { payload, env } = deps
    const stripe = stripeClient(env)
    if (!stripe || !env.STRIPE_WEBHOOK_SECRET) return answer(c, 503, { error: 'Payments are not configured.' })
    const signature = c.req.header('stripe-signature')
    if (!signature) return answer(c, 400, { error: 'Missing signature.' })
    // The body is read within webhookBodyLimit (a chunked body without a length is cut off too).
    const raw = await c.req.text()
    let event: Stripe.Event
    try {
      event = stripe.webhooks.constructEvent(raw, signature, env.STRIPE_WEBHOOK_SECRET)
    } catch {
      return answer(c, 400, { error: 'Invalid signature.' })
    }
    const handle = handlers[event.type]
    if (!handle) return answer(c, 200, { received: true, ignored: event.type })
    if (await alreadyHandled(payload, event.id)) return answer(c, 200, { received: true, duplicate: true })
    let outcome: Outcome
    try {
      outcome = await handle({ payload, env, stripe }, event.data.object, new Date(event.created * 1000))
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return answer(c, 400, { error: 'Unknown object.' })
      payload.logger.error({ err: error, eventId: event.id, type: event.type }, 'Stripe webhook could not be handled; Stripe will retry')
      return answer(c, 503, { error: 'Try again later.' })
    }
    // A Checkout Session we never opened is refused (issue 7); an invoice, subscription or charge
    // that is not ours may belong to something else on the same Stripe account: acknowledged, ignored.
    if (outcome === 'unknown') {
      return event.type.startsWith('checkout.session.') ? answer(c, 400, { error: 'Not a payment of this site.' }) : answer(c, 200, { received: true, ignored: 'not ours' })
    }
    await remember(payload, event)
    return answer(c, 200, { received: true, outcome })
  }
}
