import Stripe from 'stripe'
import type { Env } from '../../env'

export type StripeSettings = Pick<Env, 'STRIPE_SECRET_KEY' | 'STRIPE_WEBHOOK_SECRET' | 'STRIPE_API_BASE'>

/** Payments need both keys: without the webhook secret no payment could ever be recorded. */
export const paymentsConfigured = (env: StripeSettings): boolean => Boolean(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET)

/** `STRIPE_API_BASE` points the SDK at another host (the tests' local Stripe); the code path is the same. */
function hostOptions(base: string | undefined): Stripe.StripeConfig {
  if (!base) return {}
  const url = new URL(base)
  const protocol = url.protocol === 'http:' ? 'http' : 'https'
  return { host: url.hostname, port: Number(url.port || (protocol === 'http' ? 80 : 443)), protocol }
}

const clients = new Map<string, Stripe>()

/** One SDK client per key and host, kept for the process (it holds a keep-alive agent). */
export function stripeClient(env: StripeSettings): Stripe | undefined {
  if (!paymentsConfigured(env) || !env.STRIPE_SECRET_KEY) return undefined
  const cacheKey = `${env.STRIPE_SECRET_KEY}@${env.STRIPE_API_BASE ?? ''}`
  let client = clients.get(cacheKey)
  if (!client) {
    client = new Stripe(env.STRIPE_SECRET_KEY, {
      ...hostOptions(env.STRIPE_API_BASE),
      // Retries reuse the idempotency key, so a retried create never makes a second session.
      maxNetworkRetries: 2,
      timeout: 20_000,
      appInfo: { name: 'abolition' },
    })
    clients.set(cacheKey, client)
  }
  return client
}

/**
 * Where the donate and manage forms send people: Stripe's Checkout and billing portal (or, in
 * tests, the local stand-in at STRIPE_API_BASE). Allowed in those pages' form-action.
 */
export function checkoutOrigins(env: StripeSettings): string[] {
  if (!paymentsConfigured(env)) return []
  return env.STRIPE_API_BASE ? [new URL(env.STRIPE_API_BASE).origin] : ['https://checkout.stripe.com', 'https://billing.stripe.com']
}
