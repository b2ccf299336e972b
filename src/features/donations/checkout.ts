import type { Payload } from 'payload'
import type Stripe from 'stripe'
import type { Env } from '../../env'
import { localizedPath, type LocaleCode } from '../../site/locales'
import type { NormalisedEmail } from '../updates/email-address'
import { hashToken, newToken } from '../updates/tokens'
import { donationsSlug } from './collections/Donations'
import { giftAidDeclarationsSlug } from './collections/GiftAidDeclarations'
import { regularGiftsSlug } from './collections/RegularGifts'
import { giftAidDeclaration } from './declaration'
import type { DonationForm } from './form-schema'
import { giftManageToken } from './manage-token'

/** How long the cancel link can bring a form back (Stripe keeps a session open for 24 hours). */
export const returnTokenLifetimeMs = 24 * 60 * 60 * 1000

export type CheckoutInput = Omit<DonationForm, 'email' | 'campaign'> & {
  email: NormalisedEmail
  locale: LocaleCode
  charityName: string
  campaign?: { id: number; title: string }
}

export type CheckoutDeps = { payload: Payload; env: Env; stripe: Stripe }

/** Stripe could not be reached or refused the session: nothing was charged, and nothing of ours is kept. */
export class PaymentProviderError extends Error {
  constructor(cause: unknown) {
    super('Stripe did not create a Checkout Session', { cause })
    this.name = 'PaymentProviderError'
  }
}

/** Checkout's own languages that match ours; the rest follow the browser's language. */
const checkoutLocales: Partial<Record<LocaleCode, Stripe.Checkout.SessionCreateParams.Locale>> = { en: 'en-GB', vi: 'vi', lt: 'lt', ro: 'ro', pl: 'pl' }

async function storeDeclaration(payload: Payload, input: CheckoutInput): Promise<number | undefined> {
  if (!input.giftAid) return undefined
  const { text, version } = giftAidDeclaration(input.locale, input.giftAid.scope, input.charityName)
  const declaration = await payload.create({
    collection: giftAidDeclarationsSlug,
    data: {
      title: input.giftAid.title || null,
      firstName: input.firstName,
      lastName: input.lastName,
      houseNameOrNumber: input.giftAid.house,
      postcode: input.giftAid.postcode,
      email: input.email.address,
      scope: input.giftAid.scope,
      declaredAt: new Date().toISOString(),
      wordingVersion: version,
      wording: text,
      locale: input.locale,
    },
    depth: 0,
    overrideAccess: true,
    select: { createdAt: true },
  })
  return declaration.id
}

/**
 * The pending record a Checkout Session pays for: a donation for a one-off gift, a monthly gift
 * for a subscription. Its id goes into the session's metadata, so Stripe's webhooks lead back to it.
 */
async function storePending({ payload, env }: Pick<CheckoutDeps, 'payload' | 'env'>, input: CheckoutInput, declaration: number | undefined, returnTokenHash: string) {
  const common = {
    amountPence: input.amountPence,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email.address,
    locale: input.locale,
    campaign: input.campaign?.id ?? null,
    appeal: input.appeal || null,
    giftAid: declaration ?? null,
    returnTokenHash,
  }
  if (input.frequency === 'one-off') {
    const donation = await payload.create({ collection: donationsSlug, data: { ...common, currency: 'gbp', frequency: 'one-off', status: 'pending' }, depth: 0, overrideAccess: true, select: { createdAt: true } })
    return { collection: donationsSlug, id: donation.id, metadata: { donationId: String(donation.id) } as Record<string, string> } as const
  }
  const manageKey = newToken()
  const manageTokenHash = hashToken(giftManageToken(env.PAYLOAD_SECRET, manageKey))
  const gift = await payload.create({ collection: regularGiftsSlug, data: { ...common, status: 'pending', manageKey, manageTokenHash }, depth: 0, overrideAccess: true, select: { createdAt: true } })
  return { collection: regularGiftsSlug, id: gift.id, metadata: { regularGiftId: String(gift.id) } } as const
}

function sessionParams(env: Env, input: CheckoutInput, metadata: Record<string, string>, returnToken: string): Stripe.Checkout.SessionCreateParams {
  const site = (path: string) => `${env.SITE_URL}${localizedPath(input.locale, path)}`
  const monthly = input.frequency === 'monthly'
  const description = input.campaign ? `${input.charityName}: ${input.campaign.title}` : input.charityName
  return {
    mode: monthly ? 'subscription' : 'payment',
    submit_type: 'donate',
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: 'gbp',
          unit_amount: input.amountPence,
          product_data: { name: monthly ? `Monthly donation to ${input.charityName}` : `Donation to ${input.charityName}`, description },
          ...(monthly ? { recurring: { interval: 'month' as const } } : {}),
        },
      },
    ],
    customer_email: input.email.address,
    client_reference_id: Object.values(metadata)[0],
    metadata,
    ...(monthly ? { subscription_data: { metadata, description } } : { payment_intent_data: { metadata, description } }),
    locale: checkoutLocales[input.locale] ?? 'auto',
    success_url: `${site('/donate/thank-you')}?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: site(`/donate/cancelled/${returnToken}`),
  }
}

/**
 * Records the gift as pending (with its Gift Aid declaration) and opens a Stripe Checkout Session
 * for it. The idempotency key is unique to this attempt and reused by the SDK's retries, so they
 * can never open a second session for one gift. If Stripe fails, what was stored is removed again.
 */
export async function startCheckout(deps: CheckoutDeps, input: CheckoutInput): Promise<{ url: string }> {
  const { payload, env, stripe } = deps
  const returnToken = newToken()
  const returnTokenHash = hashToken(returnToken)
  const declaration = await storeDeclaration(payload, input)
  let pending: Awaited<ReturnType<typeof storePending>>
  try {
    pending = await storePending(deps, input, declaration, returnTokenHash)
  } catch (error) {
    if (declaration) await payload.delete({ collection: giftAidDeclarationsSlug, id: declaration, overrideAccess: true })
    throw error
  }
  let session: Stripe.Checkout.Session
  try {
    // One key per attempt: Stripe keeps a key's answer (failures too) for 24 hours, and a deleted
    // row's id can come back (SQLite reuses them), so the id alone would replay an old failure.
    const idempotencyKey = `checkout:${pending.collection}:${pending.id}:${returnTokenHash.slice(0, 16)}`
    session = await stripe.checkout.sessions.create(sessionParams(env, input, pending.metadata, returnToken), { idempotencyKey })
    if (!session.url) throw new Error('Checkout Session has no url')
  } catch (error) {
    await payload.delete({ collection: pending.collection, id: pending.id, overrideAccess: true })
    if (declaration) await payload.delete({ collection: giftAidDeclarationsSlug, id: declaration, overrideAccess: true })
    throw new PaymentProviderError(error)
  }
  await payload.update({ collection: pending.collection, id: pending.id, data: { checkoutSessionId: session.id }, depth: 0, overrideAccess: true, select: { createdAt: true } })
  return { url: session.url }
}
