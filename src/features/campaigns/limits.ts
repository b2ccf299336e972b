import type { Env } from '../../env'
import { createRateLimiter, type LimitRule, type RateLimiter } from '../../site/forms/rate-limit'

/**
 * Generous per client (a petition shared at a rally or in an office signs from one address),
 * strict on e-mails: at most one confirmation per address and campaign per window.
 */
export const defaultSignatureLimits = {
  signaturesPerClient: { points: 60, durationSeconds: 600 },
  mailsPerAddress: { points: 1, durationSeconds: 900 },
  linkPostsPerClient: { points: 60, durationSeconds: 600 },
} satisfies Record<string, LimitRule>

export type SignatureLimiters = Record<keyof typeof defaultSignatureLimits, RateLimiter>

export function createSignatureLimiters(env: Env, rules = defaultSignatureLimits): SignatureLimiters {
  return {
    signaturesPerClient: createRateLimiter('signatures-client', rules.signaturesPerClient, env),
    mailsPerAddress: createRateLimiter('signatures-address', rules.mailsPerAddress, env),
    linkPostsPerClient: createRateLimiter('signature-links-client', rules.linkPostsPerClient, env),
  }
}
