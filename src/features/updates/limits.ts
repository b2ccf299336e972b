import type { Env } from '../../env'
import { createRateLimiter, type LimitRule, type RateLimiter } from '../../site/forms/rate-limit'

/**
 * How often one client may post the sign-up forms, and how often one address is sent a
 * confirmation. Generous per client (people share addresses behind NAT: offices, events), strict
 * per address (at most one e-mail per window, whatever is submitted).
 */
export const defaultUpdatesLimits = {
  signUpsPerClient: { points: 30, durationSeconds: 600 },
  mailsPerAddress: { points: 1, durationSeconds: 900 },
  linkPostsPerClient: { points: 60, durationSeconds: 600 },
} satisfies Record<string, LimitRule>

export type UpdatesLimits = typeof defaultUpdatesLimits

export type UpdatesLimiters = { signUpsPerClient: RateLimiter; mailsPerAddress: RateLimiter; linkPostsPerClient: RateLimiter }

export function createUpdatesLimiters(env: Env, rules: UpdatesLimits = defaultUpdatesLimits): UpdatesLimiters {
  return {
    signUpsPerClient: createRateLimiter('signups-client', rules.signUpsPerClient, env),
    mailsPerAddress: createRateLimiter('signups-address', rules.mailsPerAddress, env),
    linkPostsPerClient: createRateLimiter('update-links-client', rules.linkPostsPerClient, env),
  }
}
