import type { Payload } from 'payload'
import type { Supporter } from '../../payload-types'
import { consentsSlug } from './collections/Consents'
import { supportersSlug } from './collections/Supporters'
import { appendConsent } from './ledger'
import { findByConfirmToken, findByManageToken } from './supporters'

export type ConfirmOutcome = { result: 'confirmed'; supporter: Supporter } | { result: 'expired' | 'invalid' }

/** The confirmation link's state, without using it (the GET page). */
export async function checkConfirmToken(payload: Payload, token: string, now = Date.now()): Promise<'valid' | 'expired' | 'invalid'> {
  const supporter = await findByConfirmToken(payload, token)
  if (!supporter || supporter.status === 'erased') return 'invalid'
  return new Date(supporter.confirmTokenExpiresAt ?? 0).getTime() < now ? 'expired' : 'valid'
}

async function latestSignUp(payload: Payload, supporterId: number) {
  const { docs } = await payload.find({
    collection: consentsSlug,
    where: { and: [{ supporter: { equals: supporterId } }, { kind: { equals: 'signup' } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]
}

/**
 * Uses a confirmation link (the POST behind the button): the supporter is subscribed, the link
 * is spent, and the ledger records a confirmation (or a re-subscription for someone who had left)
 * against the wording they signed up under.
 */
export async function confirmSubscription(payload: Payload, token: string, now = Date.now()): Promise<ConfirmOutcome> {
  const supporter = await findByConfirmToken(payload, token)
  if (!supporter || supporter.status === 'erased') return { result: 'invalid' }
  if (new Date(supporter.confirmTokenExpiresAt ?? 0).getTime() < now) return { result: 'expired' }
  const returning = Boolean(supporter.unsubscribedAt)
  const updated = await payload.update({
    collection: supportersSlug,
    id: supporter.id,
    // Following the link proves the mailbox takes mail again: an earlier bounce no longer stops updates.
    data: { status: 'subscribed', confirmedAt: new Date(now).toISOString(), unsubscribedAt: null, confirmTokenHash: null, confirmTokenExpiresAt: null, bouncing: false, bouncedAt: null, bounceReason: null },
    depth: 0,
    overrideAccess: true,
  })
  const signUp = await latestSignUp(payload, supporter.id)
  await appendConsent(payload, {
    kind: returning ? 'resubscription' : 'confirmation',
    supporter: supporter.id,
    wordingVersion: signUp?.wordingVersion ?? undefined,
    form: 'email-link',
    pagePath: '/updates/confirm',
    locale: supporter.locale,
    interests: Array.isArray(updated.interests) ? (updated.interests as string[]) : [],
  })
  return { result: 'confirmed', supporter: updated }
}

/**
 * Unsubscribes at once (RFC 8058 one-click, or the button on the unsubscribe page). Leaving twice
 * is still a success, recorded once.
 */
export async function unsubscribe(payload: Payload, token: string, channel: 'one-click' | 'unsubscribe-page', now = Date.now()): Promise<boolean> {
  const supporter = await findByManageToken(payload, token)
  if (!supporter || supporter.status === 'erased') return false
  if (supporter.status === 'unsubscribed') return true
  await payload.update({
    collection: supportersSlug,
    id: supporter.id,
    data: { status: 'unsubscribed', unsubscribedAt: new Date(now).toISOString(), confirmTokenHash: null, confirmTokenExpiresAt: null },
    depth: 0,
    overrideAccess: true,
  })
  await appendConsent(payload, { kind: 'withdrawal', supporter: supporter.id, form: channel, pagePath: '/updates/unsubscribe', locale: supporter.locale })
  return true
}

/** Changes the topics a supporter hears about, recorded in the ledger. */
export async function changeInterests(payload: Payload, supporter: Supporter, interests: string[], locale: string): Promise<void> {
  await payload.update({ collection: supportersSlug, id: supporter.id, data: { interests }, depth: 0, overrideAccess: true })
  await appendConsent(payload, { kind: 'preferences', supporter: supporter.id, form: 'preferences', pagePath: '/updates/preferences', locale, interests })
}
