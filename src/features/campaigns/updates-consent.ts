import type { Payload } from 'payload'
import type { Env } from '../../env'
import type { RateLimiter } from '../../site/forms/rate-limit'
import type { LocaleCode } from '../../site/locales'
import { wordingVersionExists } from '../updates/consent-wording'
import type { NormalisedEmail } from '../updates/email-address'
import { signUp } from '../updates/sign-up'

/**
 * The separate, unticked "send me updates" box on the petition and donate forms: an ordinary double opt-in sign-up
 * through the updates ledger, recording the wording shown beside the box and this page. A wording
 * version the ledger does not know (a forged field) records nothing.
 */
export async function signUpForUpdates(
  deps: { payload: Payload; env: Env; perAddress: RateLimiter },
  input: { email: NormalisedEmail; firstName: string; locale: LocaleCode; wordingVersion: number; pagePath: string; form?: 'petition' | 'donation' },
): Promise<void> {
  if (!(await wordingVersionExists(deps.payload, input.wordingVersion))) return
  await signUp(deps, { ...input, interests: [], form: input.form ?? 'petition' })
}
