import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import { columnOf, insertRow, isUniqueViolation, tableOf, updateRow, writeAtomically, type Statement } from '../../db/direct'
import type { Env } from '../../env'
import type { LocaleCode } from '../../site/locales'
import type { RateLimiter } from '../../site/forms/rate-limit'
import { mailStatements, queueMail } from '../mail'
import { supportersSlug } from './collections/Supporters'
import type { NormalisedEmail } from './email-address'
import { consentStatement, type ConsentEntry } from './ledger'
import { alreadySubscribedMail, confirmationMail, type Charity } from './mails'
import { findByEmail, manageTokenOf, newManageKey, type KnownAddress } from './supporters'
import { confirmTokenLifetimeMs, hashToken, manageToken, newToken, suppressionHash } from './tokens'

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

/** The ledger entry of this sign-up and its confirmation e-mail, as statements of the caller's write. */
async function entryAndMail(deps: SignUpDeps, input: SignUp, supporter: ConsentEntry['supporter'], person: MailPerson): Promise<Statement[]> {
  const { payload, env } = deps
  const mail = await confirmationMail(payload, env, {
    recipient: { email: person.email, firstName: person.firstName, locale: input.locale },
    confirmToken: person.confirmToken,
    manageToken: manageToken(env.PAYLOAD_SECRET, person.manageKey),
    charity: deps.charity,
  })
  return [
    consentStatement(payload, { kind: 'signup', supporter, wordingVersion: input.wordingVersion, form: input.form, pagePath: input.pagePath, locale: input.locale, interests: input.interests }),
    ...mailStatements(payload, mail),
  ]
}

/** Whom the e-mail greets and goes to: a known address keeps the spelling it was first given. */
type MailPerson = { email: string; firstName: string | null; manageKey: string; confirmToken: string }

/**
 * A new address: the supporter, the ledger entry and the e-mail in one write (all or nothing).
 * The entry finds the new row by its unique address key, so the write needs no round trip.
 */
async function createPending(deps: SignUpDeps, input: SignUp, now: number): Promise<void> {
  const { payload, env } = deps
  const confirm = confirmToken(now)
  const manage = newManageKey(env.PAYLOAD_SECRET)
  const table = tableOf(payload, supportersSlug)
  const newRow = sql`(select ${columnOf(table, 'id')} from ${table} where ${columnOf(table, 'emailKey')} = ${input.email.key})`
  const firstName = input.firstName || null
  await writeAtomically(payload, [
    insertRow(table, {
      email: input.email.address,
      emailKey: input.email.key,
      firstName,
      locale: input.locale,
      interests: input.interests,
      status: 'pending',
      bouncing: false,
      confirmTokenHash: confirm.confirmTokenHash,
      confirmTokenExpiresAt: confirm.confirmTokenExpiresAt,
      ...manage,
    }),
    ...(await entryAndMail(deps, input, newRow, { email: input.email.address, firstName, manageKey: manage.manageKey, confirmToken: confirm.token })),
  ])
}

/** A pending or departed supporter signing up again gets a fresh link; their new choices wait for it. */
async function renewPending(deps: SignUpDeps, existing: KnownAddress, input: SignUp, now: number): Promise<void> {
  const { payload } = deps
  const confirm = confirmToken(now)
  const table = tableOf(payload, supportersSlug)
  const firstName = input.firstName || existing.firstName || null
  const renew = updateRow(table, existing.id, {
    firstName,
    locale: input.locale,
    interests: input.interests,
    confirmTokenHash: confirm.confirmTokenHash,
    confirmTokenExpiresAt: confirm.confirmTokenExpiresAt,
  }, new Date(now))
  const person = { email: existing.email ?? input.email.address, firstName, manageKey: existing.manageKey ?? '', confirmToken: confirm.token }
  await writeAtomically(payload, [renew, ...(await entryAndMail(deps, input, existing.id, person))])
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
      await createPending(deps, input, now)
      return 'confirmation-sent'
    } catch (error) {
      // Another request stored the same address a moment ago: carry on as for a known address.
      if (!isUniqueViolation(error, 'email_key')) throw error
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
  await renewPending(deps, existing, input, now)
  return 'confirmation-sent'
}
