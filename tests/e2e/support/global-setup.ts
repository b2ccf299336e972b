import type { TestProject } from 'vitest/node'
import { webhookSecret } from '../../helpers/donations'
import { startFakeStripe } from '../../helpers/fake-stripe'
import { startProductionServer, type ServerInfo } from './production-server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production server every e2e file shares (see useSite). */
    e2eServer?: ServerInfo
  }
}

/**
 * Starts one production server for the whole e2e run: seeding the demo content (with its
 * generated images) takes most of the start-up, too long to repeat for every file. Files keep
 * out of each other's way: each uses fresh browser profiles, and the one that locks an account
 * creates its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The donate journey pays on a local stand-in for Stripe (these machines cannot reach Stripe),
  // through the same SDK calls and signed webhooks as production.
  const stripe = await startFakeStripe({ webhookSecret })
  const server = await startProductionServer((baseUrl) => {
    stripe.setWebhookUrl(`${baseUrl}/api/stripe/webhook`)
    return { STRIPE_SECRET_KEY: 'sk_test_e2e', STRIPE_WEBHOOK_SECRET: webhookSecret, STRIPE_API_BASE: stripe.url }
  })
  const { stop, ...info } = server
  project.provide('e2eServer', info)
  return async () => {
    await stop()
    await stripe.close()
  }
}
