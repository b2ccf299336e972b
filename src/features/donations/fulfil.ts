import { ValidationError, type Payload } from 'payload'
import type Stripe from 'stripe'
import type { Env } from '../../env'
import type { Donation, RegularGift } from '../../payload-types'
import { queueMail } from '../mail'
import { flagOrRelease } from './claims'
import { donationsSlug } from './collections/Donations'
import { regularGiftsSlug } from './collections/RegularGifts'
import { receiptMail } from './mails'

export type FulfilDeps = { payload: Payload; env: Env; stripe: Stripe }

/** What became of an event: handled (or already handled), or about something that is not ours. */
export type Outcome = 'recorded' | 'unchanged' | 'unknown'

const idOf = (value: string | { id: string } | null | undefined): string | undefined => (typeof value === 'string' ? value : (value?.id ?? undefined))

const isDuplicate = (error: unknown, field: string): boolean => error instanceof ValidationError && error.data.errors.some((e) => e.path === field)

async function findOne<T extends typeof donationsSlug | typeof regularGiftsSlug>(payload: Payload, collection: T, field: string, value: string) {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, depth: 0, limit: 1, pagination: false, overrideAccess: true })
  return docs[0] as (T extends typeof donationsSlug ? Donation : RegularGift) | undefined
}

async function sendReceipt(deps: FulfilDeps, donationId: number) {
  const donation = await deps.payload.findByID({ collection: donationsSlug, id: donationId, depth: 1, overrideAccess: true })
  await queueMail(deps.payload, await receiptMail(deps.payload, deps.env, donation))
}

/**
 * A Checkout Session finished (or its delayed payment settled). Re-reads the session from Stripe
 * rather than trusting the event's copy, so a late or repeated event can only confirm what is true
 * now. A one-off donation becomes paid once; a monthly gift becomes active and its first invoice is
 * recorded (whichever of this and `invoice.paid` comes first).
 */
export async function recordCheckout(deps: FulfilDeps, sessionId: string, occurredAt = new Date()): Promise<Outcome> {
  const session = await deps.stripe.checkout.sessions.retrieve(sessionId)
  if (session.mode === 'subscription') {
    const gift = await findOne(deps.payload, regularGiftsSlug, 'checkoutSessionId', session.id)
    if (!gift) return 'unknown'
    const subscriptionId = idOf(session.subscription)
    if (session.status !== 'complete' || !subscriptionId) return 'unchanged'
    const activated = await activateGift(deps, gift, subscriptionId, idOf(session.customer))
    const invoiceId = idOf(session.invoice)
    const invoice = invoiceId ? await recordInvoice(deps, invoiceId) : 'unchanged'
    return activated === 'recorded' || invoice === 'recorded' ? 'recorded' : 'unchanged'
  }
  const donation = await findOne(deps.payload, donationsSlug, 'checkoutSessionId', session.id)
  if (!donation) return 'unknown'
  if (session.status !== 'complete') return 'unchanged'
  const paymentIntentId = idOf(session.payment_intent) ?? null
  if (session.payment_status === 'paid') {
    if (donation.status === 'paid' || donation.status === 'refunded') {
      // Recorded before; the receipt may not have been queued (a failure in between): queue it
      // again, which sends nothing if it was.
      await sendReceipt(deps, donation.id)
      return 'unchanged'
    }
    await deps.payload.update({
      collection: donationsSlug,
      id: donation.id,
      // When Stripe took the payment (the event's time), not when we got round to it: it decides the month and tax year.
      data: { status: 'paid', paidAt: occurredAt.toISOString(), paymentIntentId },
      depth: 0,
      overrideAccess: true,
    })
    await sendReceipt(deps, donation.id)
    return 'recorded'
  }
  // Complete but unpaid: a bank payment that settles in a few days.
  if (donation.status !== 'pending') return 'unchanged'
  await deps.payload.update({ collection: donationsSlug, id: donation.id, data: { status: 'processing', paymentIntentId }, depth: 0, overrideAccess: true })
  return 'recorded'
}

/** A delayed payment failed: the donation is marked failed (never counted, never claimed). */
export async function recordFailedCheckout(deps: FulfilDeps, sessionId: string): Promise<Outcome> {
  const session = await deps.stripe.checkout.sessions.retrieve(sessionId)
  const donation = await findOne(deps.payload, donationsSlug, 'checkoutSessionId', session.id)
  if (!donation) return (await findOne(deps.payload, regularGiftsSlug, 'checkoutSessionId', session.id)) ? 'unchanged' : 'unknown'
  if (donation.status === 'paid' || donation.status === 'failed' || session.payment_status === 'paid') return 'unchanged'
  await deps.payload.update({ collection: donationsSlug, id: donation.id, data: { status: 'failed' }, depth: 0, overrideAccess: true })
  return 'recorded'
}

async function activateGift(deps: FulfilDeps, gift: RegularGift, subscriptionId: string, customerId: string | undefined): Promise<Outcome> {
  if (gift.status !== 'pending') return 'unchanged'
  await deps.payload.update({
    collection: regularGiftsSlug,
    id: gift.id,
    data: { status: 'active', subscriptionId, customerId: customerId ?? null, startedAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
  })
  return 'recorded'
}

/**
 * The monthly gift an invoice belongs to. `invoice.paid` can arrive before the Checkout event
 * that links the subscription to our gift, so an unknown subscription is looked up at Stripe,
 * whose metadata carries our gift's id.
 */
async function giftForSubscription(deps: FulfilDeps, subscriptionId: string): Promise<RegularGift | undefined> {
  const linked = await findOne(deps.payload, regularGiftsSlug, 'subscriptionId', subscriptionId)
  if (linked) return linked
  const subscription = await deps.stripe.subscriptions.retrieve(subscriptionId)
  const giftId = Number(subscription.metadata?.regularGiftId)
  if (!Number.isInteger(giftId) || giftId <= 0) return undefined
  const gift = await deps.payload.findByID({ collection: regularGiftsSlug, id: giftId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!gift) return undefined
  await activateGift(deps, gift, subscriptionId, idOf(subscription.customer))
  return { ...gift, subscriptionId }
}

/** One month of a monthly gift: one donation per paid invoice (the invoice id is unique). */
export async function recordInvoice(deps: FulfilDeps, invoiceId: string): Promise<Outcome> {
  const invoice = await deps.stripe.invoices.retrieve(invoiceId, { expand: ['payments'] })
  const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription)
  if (!subscriptionId) return 'unknown'
  const gift = await giftForSubscription(deps, subscriptionId)
  if (!gift) return 'unknown'
  if (invoice.status !== 'paid' || invoice.amount_paid <= 0) return 'unchanged'
  const payment = invoice.payments?.data.find((entry) => entry.payment.payment_intent)?.payment
  const paidAt = invoice.status_transitions.paid_at ? new Date(invoice.status_transitions.paid_at * 1000) : new Date()
  let donation: { id: number }
  try {
    donation = await deps.payload.create({
      collection: donationsSlug,
      data: {
        amountPence: invoice.amount_paid,
        currency: 'gbp',
        frequency: 'monthly',
        status: 'paid',
        paidAt: paidAt.toISOString(),
        firstName: gift.firstName,
        lastName: gift.lastName,
        email: gift.email,
        locale: gift.locale,
        campaign: gift.campaign,
        appeal: gift.appeal,
        giftAid: gift.giftAid,
        regularGift: gift.id,
        invoiceId: invoice.id,
        paymentIntentId: idOf(payment?.payment_intent) ?? null,
      },
      depth: 0,
      overrideAccess: true,
      select: { createdAt: true },
    })
  } catch (error) {
    if (!isDuplicate(error, 'invoiceId')) throw error
    const recorded = await findOne(deps.payload, donationsSlug, 'invoiceId', invoice.id)
    if (recorded) await sendReceipt(deps, recorded.id)
    return 'unchanged'
  }
  await sendReceipt(deps, donation.id)
  return 'recorded'
}

/** The donor (or staff) ended a monthly gift. */
export async function recordCancellation(deps: FulfilDeps, subscriptionId: string): Promise<Outcome> {
  const subscription = await deps.stripe.subscriptions.retrieve(subscriptionId)
  const gift = await giftForSubscription(deps, subscription.id)
  if (!gift) return 'unknown'
  if (gift.status === 'cancelled' || subscription.status !== 'canceled') return 'unchanged'
  const endedAt = subscription.ended_at ?? subscription.canceled_at
  await deps.payload.update({
    collection: regularGiftsSlug,
    id: gift.id,
    data: { status: 'cancelled', cancelledAt: (endedAt ? new Date(endedAt * 1000) : new Date()).toISOString() },
    depth: 0,
    overrideAccess: true,
  })
  return 'recorded'
}

/**
 * Money returned. The charge is re-read so the refunded total is Stripe's, whatever order refund
 * events arrive in. A wholly refunded donation is never claimed; one in a claim whose schedule is
 * not yet downloaded leaves it; one already downloaded or sent is flagged for staff to adjust.
 */
export async function recordRefund(deps: FulfilDeps, chargeId: string): Promise<Outcome> {
  const charge = await deps.stripe.charges.retrieve(chargeId)
  const paymentIntentId = idOf(charge.payment_intent)
  if (!paymentIntentId) return 'unknown'
  const donation = (await findOne(deps.payload, donationsSlug, 'paymentIntentId', paymentIntentId)) ?? (await donationBehindPaymentIntent(deps, paymentIntentId))
  if (!donation) return 'unknown'
  const refundedPence = Math.min(donation.amountPence, charge.amount_refunded)
  if (refundedPence === (donation.refundedPence ?? 0)) return 'unchanged'
  const wholly = refundedPence >= donation.amountPence
  // A refund can overtake the Checkout event: a donation still pending is settled as paid first.
  const status = wholly ? 'refunded' : donation.status === 'pending' || donation.status === 'processing' ? 'paid' : donation.status
  const refundedAt = new Date()
  const updated = await deps.payload.update({
    collection: donationsSlug,
    id: donation.id,
    data: { refundedPence, refundedAt: refundedAt.toISOString(), status, paymentIntentId, paidAt: donation.paidAt ?? new Date(charge.created * 1000).toISOString() },
    depth: 0,
    overrideAccess: true,
  })
  const amount = (refundedPence / 100).toFixed(2)
  await flagOrRelease(deps.payload, updated, `Refunded £${amount} on ${refundedAt.toISOString().slice(0, 10)}, after the claim's schedule was downloaded or sent.`)
  return 'recorded'
}

/** A refund that overtook checkout.session.completed: the payment intent's metadata names our donation. */
async function donationBehindPaymentIntent(deps: FulfilDeps, paymentIntentId: string): Promise<Donation | undefined> {
  const intent = await deps.stripe.paymentIntents.retrieve(paymentIntentId)
  const donationId = Number(intent.metadata?.donationId)
  if (!Number.isInteger(donationId) || donationId <= 0) return undefined
  return (await deps.payload.findByID({ collection: donationsSlug, id: donationId, depth: 0, overrideAccess: true, disableErrors: true })) ?? undefined
}
