import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import type { Env } from '../../env'
import type { Supporter } from '../../payload-types'
import type { LocaleCode } from '../../site/locales'
import type { RateLimiter } from '../../site/forms/rate-limit'
import { queueMail } from '../mail'
import { supportersSlug } from './collections/Supporters'
import type { NormalisedEmail } from './email-address'
import { appendConsent } from './ledger'
import { alreadySubscribedMail, confirmationMail, type Charity } from './mails'
import { findByEmail, isDuplicateAddress, manageTokenOf, newManageKey } from './supporters'
import { confirmTokenLifetimeMs, hashToken, newToken, suppressionHash } from './tokens'

export type SignUp = {
  email: NormalisedEmail
  firstName: string
  interests: string[]
  locale: LocaleCode
  wordingVersion: number
  /** Which form: "updates-page", "footer", "block", "new-link". */
  form: string
  pagePath: string
}

export type SignUpDeps = {
  payload: Payload
  env: Env
  /** Limits e-mails per address: a second sign-up within the window is a quiet success. */
  perAddress: RateLimiter
  /** The charity's details for the e-mail, when the caller has already read them. */
  charity?: Charity
  now?: () => number
}

/** What happened; the person sees the same page whatever it is (never reveal who is signed up). */
export type SignUpOutcome = 'confirmation-sent' | 'already-subscribed' | 'rate-limited' | 'suppressed'

function confirmToken(now: number) {
  const token = newToken()
  return { token, confirmTokenHash: hashToken(token), confirmTokenExpiresAt: new Date(now + confirmTokenLifetimeMs).toISOString() }
}

/** Only what the e-mail needs: the record's consent history (a join) is not read back. */
const mailFields = { email: true, firstName: true, manageKey: true } as const

type Issued = { supporter: Pick<Supporter, 'id' | 'email' | 'firstName' | 'manageKey'>; token: string }

/** Runs the writes of one sign-up in one transaction (one commit): all of them or none. */
async function inTransaction(payload: Payload, work: (req: PayloadRequest) => Promise<void>): Promise<void> {
  const req = await createLocalReq({}, payload)
  const ownTransaction = await initTransaction(req)
  try {
    await work(req)
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

async function createPending(deps: SignUpDeps, input: SignUp, now: number, req: PayloadRequest): Promise<Issued> {
  const confirm = confirmToken(now)
  const supporter = await deps.payload.create({
    collection: supportersSlug,
    data: {
      email: input.email.address,
      emailKey: input.email.key,
      firstName: input.firstName || null,
      locale: input.locale,
      interests: input.interests,
      status: 'pending',
      confirmTokenHash: confirm.confirmTokenHash,
      confirmTokenExpiresAt: confirm.confirmTokenExpiresAt,
      ...newManageKey(deps.env.PAYLOAD_SECRET),
    },
    depth: 0,
    overrideAccess: true,
    select: mailFields,
    req,
  })
  return { supporter, token: confirm.token }
}

/** A pending or departed supporter signing up again gets a fresh link; their new choices wait for it. */
async function renewPending(deps: SignUpDeps, existing: Supporter, input: SignUp, now: number, req: PayloadRequest): Promise<Issued> {
  const confirm = confirmToken(now)
  const supporter = await deps.payload.update({
    collection: supportersSlug,
    id: existing.id,
    data: {
      firstName: input.firstName || existing.firstName,
      locale: input.locale,
      interests: input.interests,
      confirmTokenHash: confirm.confirmTokenHash,
      confirmTokenExpiresAt: confirm.confirmTokenExpiresAt,
    },
    depth: 0,
    overrideAccess: true,
    select: mailFields,
    req,
  })
  return { supporter, token: confirm.token }
}

/** The ledger entry of the sign-up and the confirmation e-mail, in the caller's transaction. */
async function recordAndSend(deps: SignUpDeps, input: SignUp, issued: Issued, req: PayloadRequest): Promise<void> {
  const { payload, env } = deps
  const { supporter, token } = issued
  await appendConsent(
    payload,
    { kind: 'signup', supporter: supporter.id, wordingVersion: input.wordingVersion, form: input.form, pagePath: input.pagePath, locale: input.locale, interests: input.interests },
    req,
  )
  const mail = await confirmationMail(payload, env, {
    recipient: { id: supporter.id, email: supporter.email ?? input.email.address, firstName: supporter.firstName, locale: input.locale },
    confirmToken: token,
    manageToken: manageTokenOf(env.PAYLOAD_SECRET, supporter),
    charity: deps.charity,
  })
  await queueMail(payload, mail, { req })
}

/**
 * Double opt-in sign-up: records what the person was shown and chose, and e-mails a link that
 * confirms it. An address already confirmed gets a notice instead; an erased (suppressed) address
 * gets nothing. Repeats within the per-address window send nothing more.
 */
export async function signUp(deps: SignUpDeps, input: SignUp): Promise<SignUpOutcome> {
  const now = deps.now?.() ?? Date.now()
  const { payload, env } = deps
  if (!(await deps.perAddress.allow(input.email.key))) return 'rate-limited'
  const suppression = suppressionHash(env.PAYLOAD_SECRET, input.email.key)
  let existing = await findByEmail(payload, input.email.key, suppression)
  if (!existing) {
    try {
      // A new address: the supporter, the ledger entry and the e-mail are stored together.
      await inTransaction(payload, async (req) => recordAndSend(deps, input, await createPending(deps, input, now, req), req))
      return 'confirmation-sent'
    } catch (error) {
      // Another request stored the same address a moment ago: carry on as for a known address.
      if (!isDuplicateAddress(error)) throw error
      existing = await findByEmail(payload, input.email.key, suppression)
      if (!existing) throw error
    }
  }
  if (existing.status === 'erased') return 'suppressed'
  if (existing.status === 'subscribed') {
    const manageToken = manageTokenOf(env.PAYLOAD_SECRET, existing)
    const recipient = { ...existing, email: existing.email ?? input.email.address }
    await queueMail(payload, await alreadySubscribedMail(payload, env, { recipient, manageToken, locale: input.locale, now }))
    return 'already-subscribed'
  }
  const known = existing
  await inTransaction(payload, async (req) => recordAndSend(deps, input, await renewPending(deps, known, input, now, req), req))
  return 'confirmation-sent'
}
