import type { Payload } from 'payload'
import { insertRow, isUniqueViolation, tableOf, updateRow, writeAtomically } from '../../db/direct'
import type { Env } from '../../env'
import type { RateLimiter } from '../../site/forms/rate-limit'
import type { LocaleCode } from '../../site/locales'
import { mailStatements } from '../mail'
import type { NormalisedEmail } from '../updates/email-address'
import { confirmTokenLifetimeMs, hashToken, newToken } from '../updates/tokens'
import type { SigningCampaign } from './campaign-state'
import { signatureMail } from './mails'
import { signaturesSlug } from './Signatures'

export type Signing = {
  campaign: SigningCampaign
  firstName: string
  lastName: string
  email: NormalisedEmail
  country: string
  postcode: string
  locale: LocaleCode
}

export type SignDeps = { payload: Payload; env: Env; perAddress: RateLimiter; now?: number }

const confirmToken = (now: number) => {
  const token = newToken()
  return { token, confirmTokenHash: hashToken(token), confirmTokenExpiresAt: new Date(now + confirmTokenLifetimeMs).toISOString() }
}

/**
 * Stores a pending signature and e-mails its confirmation link. The same address on the same
 * campaign is one row (a unique key): signing again is quietly accepted, re-sends the link if it
 * was never used (at most once per window) and never counts twice. The person sees the same page
 * whatever happened, so the form never reveals who has signed.
 *
 * The signature, its e-mail and the e-mail's job are one write, straight to the tables: this is
 * the path a viral petition loads (decision 014).
 */
export async function sign(deps: SignDeps, input: Signing): Promise<'pending' | 'again'> {
  const { payload, env } = deps
  const now = deps.now ?? Date.now()
  const campaignEmail = `${input.campaign.id}:${input.email.key}`
  const confirm = confirmToken(now)
  const mail = await signatureMail(payload, env, { ...input, token: confirm.token })
  try {
    await writeAtomically(payload, [
      insertRow(tableOf(payload, signaturesSlug), {
        campaign: input.campaign.id,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email.address,
        campaignEmail,
        country: input.country,
        postcode: input.postcode || null,
        petitionVersion: input.campaign.petitionVersion ?? 1,
        locale: input.locale,
        verified: false,
        confirmTokenHash: confirm.confirmTokenHash,
        confirmTokenExpiresAt: confirm.confirmTokenExpiresAt,
      }),
      ...mailStatements(payload, mail),
    ])
    await deps.perAddress.allow(campaignEmail)
    return 'pending'
  } catch (error) {
    if (!isUniqueViolation(error, 'campaign_email')) throw error
  }
  const { docs } = await payload.find({
    collection: signaturesSlug,
    where: { campaignEmail: { equals: campaignEmail } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const existing = docs[0]
  if (!existing || existing.verified || !(await deps.perAddress.allow(campaignEmail))) return 'again'
  // The new link and its e-mail together: the old link stops working only if the new one is sent.
  const renew = updateRow(tableOf(payload, signaturesSlug), existing.id, { confirmTokenHash: confirm.confirmTokenHash, confirmTokenExpiresAt: confirm.confirmTokenExpiresAt }, new Date(now))
  await writeAtomically(payload, [renew, ...mailStatements(payload, mail)])
  return 'again'
}

async function findByToken(payload: Payload, token: string) {
  const { docs } = await payload.find({
    collection: signaturesSlug,
    where: { confirmTokenHash: { equals: hashToken(token) } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]
}

export async function checkSignatureToken(payload: Payload, token: string, now = Date.now()): Promise<'valid' | 'expired' | 'invalid'> {
  const signature = await findByToken(payload, token)
  if (!signature) return 'invalid'
  return new Date(signature.confirmTokenExpiresAt ?? 0).getTime() < now ? 'expired' : 'valid'
}

/** The POST behind the e-mail's button: the signature counts from now on and the link is spent. */
export async function verifySignature(payload: Payload, token: string, now = Date.now()): Promise<boolean> {
  const signature = await findByToken(payload, token)
  if (!signature || new Date(signature.confirmTokenExpiresAt ?? 0).getTime() < now) return false
  await payload.update({
    collection: signaturesSlug,
    id: signature.id,
    data: { verified: true, verifiedAt: new Date(now).toISOString(), confirmTokenHash: null, confirmTokenExpiresAt: null },
    depth: 0,
    overrideAccess: true,
    select: { verified: true },
  })
  return true
}
