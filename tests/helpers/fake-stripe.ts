import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Stripe from 'stripe'

/**
 * A local stand-in for the parts of Stripe's API the donation code calls (issue 7: these machines
 * cannot reach Stripe). The production code talks to it through the real SDK with
 * `STRIPE_API_BASE`; tests drive payments with the methods below and deliver the webhooks it
 * builds, signed with the SDK's own test-header helper, exactly as Stripe would send them.
 *
 * It also serves a tiny "Checkout" page at each session's url, so a browser journey can pay by
 * pressing a button (without JavaScript): paying delivers the webhooks to `webhookUrl` and
 * redirects to the session's success_url, as Stripe does.
 */

type Json = Record<string, unknown>
type Session = Json & { id: string; mode: 'payment' | 'subscription'; metadata: Record<string, string>; success_url: string; cancel_url: string }

export type StripeRequest = { method: string; path: string; body: Json; idempotencyKey?: string }

const newId = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`
const now = () => Math.floor(Date.now() / 1000)
const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** Stripe's form encoding: `a[b][0][c]=1` → { a: { b: [ { c: '1' } ] } }. */
export function parseStripeForm(raw: string): Json {
  const root: Json = {}
  for (const [key, value] of new URLSearchParams(raw)) {
    const parts = key.replace(/\]/g, '').split('[')
    let node: Json | unknown[] = root
    parts.forEach((part, index) => {
      const last = index === parts.length - 1
      const nextIsIndex = /^\d+$/.test(parts[index + 1] ?? '')
      const container = node as Record<string, unknown>
      if (last) container[part] = value
      else {
        container[part] ??= nextIsIndex ? [] : {}
        node = container[part] as Json
      }
    })
  }
  return root
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let data = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (data += chunk))
    req.on('end', () => resolve(data))
    req.on('error', reject)
  })

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>

export async function startFakeStripe(options: { webhookSecret: string; webhookUrl?: string }) {
  const sessions = new Map<string, Session>()
  const invoices = new Map<string, Json>()
  const subscriptions = new Map<string, Json>()
  const charges = new Map<string, Json>()
  const paymentIntents = new Map<string, Json>()
  const idempotent = new Map<string, { status: number; body: Json; raw: string }>()
  const requests: StripeRequest[] = []
  let failingCreates = 0
  let webhookUrl = options.webhookUrl

  const stripe = new Stripe('sk_test_fake_stripe_for_signing')
  const event = (type: string, object: Json): Stripe.Event =>
    ({ id: newId('evt'), object: 'event', type, api_version: Stripe.API_VERSION, created: now(), livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, data: { object } }) as unknown as Stripe.Event

  /** The body and Stripe-Signature header Stripe would send for this event. */
  function signed(evt: Stripe.Event | Json, secret = options.webhookSecret, timestamp?: number) {
    const payload = JSON.stringify(evt)
    return { body: payload, signature: stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }) }
  }

  /** Delivers an event to the app's webhook endpoint (a real HTTP POST). */
  async function deliver(evt: Stripe.Event, url = webhookUrl): Promise<Response> {
    if (!url) throw new Error('fake Stripe: no webhook url to deliver to')
    const { body, signature } = signed(evt)
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature }, body })
  }

  function chargeFor(amount: number, extra: Json = {}) {
    const paymentIntent = newId('pi')
    const charge = { id: newId('ch'), object: 'charge', amount, amount_refunded: 0, refunded: false, currency: 'gbp', paid: true, status: 'succeeded', payment_intent: paymentIntent, created: now(), ...extra }
    charges.set(charge.id, charge)
    return charge
  }

  function invoiceFor(subscription: Json, amount: number, billingReason: string) {
    const charge = chargeFor(amount)
    const invoice = {
      id: newId('in'),
      object: 'invoice',
      status: 'paid',
      amount_paid: amount,
      currency: 'gbp',
      customer: subscription.customer,
      billing_reason: billingReason,
      created: now(),
      status_transitions: { paid_at: now() },
      parent: { type: 'subscription_details', subscription_details: { subscription: subscription.id, metadata: subscription.metadata } },
      payments: { object: 'list', data: [{ object: 'invoice_payment', payment: { type: 'payment_intent', payment_intent: charge.payment_intent, charge: charge.id } }], has_more: false },
    }
    invoices.set(invoice.id, invoice)
    subscription.latest_invoice = invoice.id
    return invoice
  }

  /** Stripe's answer to a completed Checkout: the session paid (or awaiting an async method) and, for monthly, a subscription with its first invoice. */
  function pay(sessionId: string, opts: { async?: boolean } = {}): Stripe.Event[] {
    const session = sessions.get(sessionId)
    if (!session) throw new Error(`fake Stripe: no session ${sessionId}`)
    const amount = Number((session.amount_total as number | undefined) ?? 0)
    session.status = 'complete'
    if (session.mode === 'payment') {
      const charge = chargeFor(amount)
      const metadata = ((session.payment_intent_data as Json | undefined)?.metadata as Json | undefined) ?? {}
      paymentIntents.set(charge.payment_intent, { id: charge.payment_intent, object: 'payment_intent', amount, status: 'succeeded', metadata, latest_charge: charge.id })
      session.payment_intent = charge.payment_intent
      session.payment_status = opts.async ? 'unpaid' : 'paid'
      return [event('checkout.session.completed', { ...session })]
    }
    const customer = newId('cus')
    const lineItem = ((session.line_items as Json[] | undefined) ?? [])[0] as { price_data?: Json } | undefined
    const subscription: Json = {
      id: newId('sub'),
      object: 'subscription',
      status: 'active',
      customer,
      metadata: ((session.subscription_data as Json | undefined)?.metadata) ?? {},
      items: { object: 'list', data: [{ price: { unit_amount: amount, recurring: { interval: 'month' }, ...(lineItem?.price_data ?? {}) } }] },
      created: now(),
    }
    subscriptions.set(subscription.id as string, subscription)
    const invoice = invoiceFor(subscription, amount, 'subscription_create')
    Object.assign(session, { customer, subscription: subscription.id, invoice: invoice.id, payment_status: 'paid' })
    return [event('checkout.session.completed', { ...session }), event('invoice.paid', { ...invoice })]
  }

  /** A Bacs or bank payment settling (or failing) days later. */
  function settle(sessionId: string, succeeded: boolean): Stripe.Event {
    const session = sessions.get(sessionId)
    if (!session) throw new Error(`fake Stripe: no session ${sessionId}`)
    session.payment_status = succeeded ? 'paid' : 'unpaid'
    return event(succeeded ? 'checkout.session.async_payment_succeeded' : 'checkout.session.async_payment_failed', { ...session })
  }

  /** Next month: a new paid invoice on the subscription. */
  function renew(subscriptionId: string): Stripe.Event {
    const subscription = subscriptions.get(subscriptionId)
    if (!subscription) throw new Error(`fake Stripe: no subscription ${subscriptionId}`)
    const items = (subscription.items as { data: { price: { unit_amount: number } }[] }).data
    return event('invoice.paid', { ...invoiceFor(subscription, items[0]?.price.unit_amount ?? 0, 'subscription_cycle') })
  }

  function refund(paymentIntentId: string, amount?: number): Stripe.Event {
    const charge = [...charges.values()].find((c) => c.payment_intent === paymentIntentId)
    if (!charge) throw new Error(`fake Stripe: no charge for ${paymentIntentId}`)
    const refunded = Math.min(Number(charge.amount), Number(charge.amount_refunded) + (amount ?? Number(charge.amount)))
    Object.assign(charge, { amount_refunded: refunded, refunded: refunded >= Number(charge.amount) })
    return event('charge.refunded', { ...charge })
  }

  function cancel(subscriptionId: string): Stripe.Event {
    const subscription = subscriptions.get(subscriptionId)
    if (!subscription) throw new Error(`fake Stripe: no subscription ${subscriptionId}`)
    Object.assign(subscription, { status: 'canceled', canceled_at: now(), ended_at: now() })
    return event('customer.subscription.deleted', { ...subscription })
  }

  const notFound = (res: ServerResponse, what: string) => json(res, 404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${what}` } })
  function json(res: ServerResponse, status: number, body: Json) {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': newId('req') })
    res.end(JSON.stringify(body))
  }

  function createSession(body: Json): { status: number; body: Json } {
    if (failingCreates > 0) {
      failingCreates -= 1
      return { status: 500, body: { error: { type: 'api_error', message: 'Something went wrong on Stripe' } } }
    }
    const items = (body.line_items as { price_data?: { unit_amount?: string } }[] | undefined) ?? []
    const amount = Number(items[0]?.price_data?.unit_amount ?? 0)
    if (!body.success_url || !body.cancel_url || !amount) return { status: 400, body: { error: { type: 'invalid_request_error', message: 'Missing required param' } } }
    const id = newId('cs')
    const session: Session = {
      ...(body),
      id,
      object: 'checkout.session',
      mode: body.mode === 'subscription' ? 'subscription' : 'payment',
      metadata: (body.metadata as Record<string, string> | undefined) ?? {},
      success_url: text(body.success_url).replace('{CHECKOUT_SESSION_ID}', id),
      cancel_url: text(body.cancel_url),
      url: `${base()}/pay/${id}`,
      status: 'open',
      payment_status: 'unpaid',
      amount_total: amount,
      currency: 'gbp',
      customer: null,
      subscription: null,
      payment_intent: null,
      invoice: null,
      created: now(),
    }
    sessions.set(id, session)
    return { status: 200, body: session }
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string) {
    const raw = await readBody(req)
    const body = parseStripeForm(raw)
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined
    requests.push({ method: req.method ?? 'GET', path, body, idempotencyKey })
    if (!String(req.headers.authorization ?? '').startsWith('Bearer sk_')) return json(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key' } })
    const id = path.split('/').at(-1) ?? ''
    if (req.method === 'POST' && path === '/v1/checkout/sessions') {
      // As Stripe does: a key's first answer (a failure too) is replayed for the same parameters,
      // and a key reused with different parameters is refused.
      const replay = idempotencyKey ? idempotent.get(idempotencyKey) : undefined
      if (replay && replay.raw !== raw) return json(res, 400, { error: { type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.' } })
      const answer = replay ?? { ...createSession(body), raw }
      if (idempotencyKey) idempotent.set(idempotencyKey, answer)
      return json(res, answer.status, answer.body)
    }
    if (req.method === 'GET' && path.startsWith('/v1/checkout/sessions/')) {
      const session = sessions.get(id)
      return session ? json(res, 200, session) : notFound(res, `checkout.session: '${id}'`)
    }
    if (req.method === 'GET' && path.startsWith('/v1/invoices/')) return invoices.has(id) ? json(res, 200, invoices.get(id) as Json) : notFound(res, `invoice: '${id}'`)
    if (req.method === 'GET' && path.startsWith('/v1/subscriptions/')) return subscriptions.has(id) ? json(res, 200, subscriptions.get(id) as Json) : notFound(res, `subscription: '${id}'`)
    if (req.method === 'GET' && path.startsWith('/v1/payment_intents/')) return paymentIntents.has(id) ? json(res, 200, paymentIntents.get(id) as Json) : notFound(res, `payment_intent: '${id}'`)
    if (req.method === 'GET' && path.startsWith('/v1/charges/')) return charges.has(id) ? json(res, 200, charges.get(id) as Json) : notFound(res, `charge: '${id}'`)
    if (req.method === 'POST' && path === '/v1/billing_portal/sessions') {
      if (!body.customer) return json(res, 400, { error: { type: 'invalid_request_error', message: 'Missing required param: customer.' } })
      return json(res, 200, { id: newId('bps'), object: 'billing_portal.session', customer: body.customer, return_url: body.return_url, url: `${base()}/portal/${text(body.customer)}` })
    }
    return notFound(res, `route ${req.method} ${path}`)
  }

  /** The stand-in for Stripe's hosted page: one button that pays, one link that cancels. No JavaScript. */
  async function checkoutPage(req: IncomingMessage, res: ServerResponse, id: string) {
    const session = sessions.get(id)
    if (!session) return notFound(res, 'session')
    if (req.method === 'POST') {
      await readBody(req)
      for (const evt of pay(id)) {
        const answer = await deliver(evt)
        if (!answer.ok) throw new Error(`webhook ${evt.type} answered ${answer.status}`)
      }
      res.writeHead(303, { Location: session.success_url })
      return res.end()
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test Checkout</title></head><body><main><h1>Test Checkout</h1>` +
        `<p>Amount: ${Number(session.amount_total) / 100} GBP (${session.mode})</p>` +
        `<form method="post"><button type="submit">Pay</button></form><p><a href="${session.cancel_url}">Back</a></p></main></body></html>`,
    )
  }

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (!path.startsWith('/pay/') && !path.startsWith('/v1/')) return notFound(res, path)
    const handled = path.startsWith('/pay/') ? checkoutPage(req, res, path.slice(5)) : api(req, res, path)
    handled.catch((error: unknown) => json(res, 500, { error: { type: 'api_error', message: String(error) } }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: base(),
    requests,
    sessions,
    subscriptions,
    invoices,
    pay,
    settle,
    renew,
    refund,
    cancel,
    event,
    signed,
    deliver,
    setWebhookUrl: (url: string) => void (webhookUrl = url),
    /** The next `count` session creates fail with a 500, as when Stripe has an outage. */
    failNextCreates: (count: number) => void (failingCreates = count),
    lastSession: (): Session | undefined => [...sessions.values()].at(-1),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
