import type { Payload } from 'payload'
import type { Donation, RegularGift } from '../../payload-types'
import type { FormValues } from '../../site/forms/parse'
import { hashToken } from '../updates/tokens'
import { amountFieldValue } from './amounts'
import { returnTokenLifetimeMs } from './checkout'
import { donationsSlug } from './collections/Donations'
import { regularGiftsSlug } from './collections/RegularGifts'

type Pending = Pick<Donation, 'amountPence' | 'firstName' | 'lastName' | 'email' | 'appeal' | 'giftAid' | 'campaign' | 'createdAt'>

async function findByField(payload: Payload, collection: typeof donationsSlug | typeof regularGiftsSlug, field: string, value: string, depth = 0) {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, depth, limit: 1, pagination: false, overrideAccess: true })
  return docs[0]
}

/**
 * The form as the person left it when they stepped back from Checkout, from the token in Stripe's
 * cancel address (valid for a day). Nothing else about them is shown to whoever holds the link.
 */
export async function findReturningForm(payload: Payload, token: string, now = Date.now()): Promise<FormValues> {
  const hash = hashToken(token)
  const donation = await findByField(payload, donationsSlug, 'returnTokenHash', hash, 1)
  const gift = donation ? undefined : await findByField(payload, regularGiftsSlug, 'returnTokenHash', hash, 1)
  const pending: (Pending & { status: string }) | undefined = donation ?? gift
  // Only a gift still waiting for payment comes back, and only for a day.
  if (!pending || pending.status !== 'pending' || now - new Date(pending.createdAt).getTime() > returnTokenLifetimeMs) return {}
  const declaration = typeof pending.giftAid === 'object' && pending.giftAid ? pending.giftAid : undefined
  const campaign = typeof pending.campaign === 'object' && pending.campaign ? pending.campaign.slug : undefined
  return {
    frequency: gift ? 'monthly' : 'one-off',
    amount: 'other',
    otherAmount: amountFieldValue(pending.amountPence),
    firstName: pending.firstName,
    lastName: pending.lastName,
    email: pending.email,
    ...(pending.appeal ? { appeal: pending.appeal } : {}),
    ...(campaign ? { campaign } : {}),
    ...(declaration
      ? { giftAid: 'yes', title: declaration.title ?? '', house: declaration.houseNameOrNumber, postcode: declaration.postcode, scope: declaration.scope }
      : {}),
  }
}

/** The monthly gift a "manage my gift" link belongs to (the token is stored only as a hash). */
export async function findGiftByManageToken(payload: Payload, token: string): Promise<RegularGift | undefined> {
  return (await findByField(payload, regularGiftsSlug, 'manageTokenHash', hashToken(token))) as RegularGift | undefined
}

export type GiftSummary = { amountPence: number; monthly: boolean; giftAid: boolean }

/** What the thank-you page says about the gift a Checkout Session paid for. */
export async function findBySession(payload: Payload, sessionId: string): Promise<GiftSummary | undefined> {
  const donation = await findByField(payload, donationsSlug, 'checkoutSessionId', sessionId)
  const gift = donation ? undefined : await findByField(payload, regularGiftsSlug, 'checkoutSessionId', sessionId)
  const found = donation ?? gift
  return found ? { amountPence: found.amountPence, monthly: Boolean(gift), giftAid: Boolean(found.giftAid) } : undefined
}
