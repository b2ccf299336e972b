import type { Env } from '../../env'
import { createRateLimiter, type LimitRule, type RateLimiter } from '../../site/forms/rate-limit'

/**
 * Card testing (DOMAIN.md): bots try stolen cards with hundreds of small gifts in minutes. Every
 * Checkout Session is limited per client address and per e-mail address (the donor's "session":
 * readers get no cookies). Site-wide, a burst is not blocked (a real appeal can go viral) but
 * alerts staff. The thank-you page, which asks Stripe, is limited per client too.
 */
export const defaultDonationLimits = {
  checkoutsPerClient: { points: 10, durationSeconds: 600 },
  checkoutsPerAddress: { points: 5, durationSeconds: 3600 },
  thanksPerClient: { points: 60, durationSeconds: 600 },
  manageLinksPerClient: { points: 20, durationSeconds: 600 },
  burst: { points: 60, durationSeconds: 300 },
} satisfies Record<string, LimitRule>

export type DonationLimits = typeof defaultDonationLimits
export type DonationLimiters = Record<keyof DonationLimits, RateLimiter>

export function createDonationLimiters(env: Env, rules: DonationLimits = defaultDonationLimits): DonationLimiters {
  return {
    checkoutsPerClient: createRateLimiter('donate-client', rules.checkoutsPerClient, env),
    checkoutsPerAddress: createRateLimiter('donate-address', rules.checkoutsPerAddress, env),
    thanksPerClient: createRateLimiter('donate-thanks-client', rules.thanksPerClient, env),
    manageLinksPerClient: createRateLimiter('donate-manage-client', rules.manageLinksPerClient, env),
    // Counted even when RATE_LIMITS=off would be wrong for an alert, but harmless: off means a load test.
    burst: createRateLimiter('donate-burst', rules.burst, env),
  }
}
