import { randomUUID } from 'node:crypto'
import type { Context } from 'hono'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import type { Env } from '../../env'
import { globalTag } from '../../site/cache-tags'
import { looksAutomated } from '../../site/forms/anti-spam'
import { clientAddress } from '../../site/forms/client-address'
import { isSameOriginRequest } from '../../site/forms/csrf'
import { issueRenderStamp } from '../../site/forms/form-timing'
import { parseForm, readForm, textValue, type FieldErrors, type FormValues } from '../../site/forms/parse'
import { crossSiteProblem, privateHtml, problemResponse, tooManyProblem } from '../../site/forms/respond'
import type { RateLimiter } from '../../site/forms/rate-limit'
import type { LocaleCode } from '../../site/locales'
import { siteSettings } from '../../site/content'
import { renderContext, renderNotFound, type RenderContext } from '../../site/render-page'
import { respondWithPage } from '../../site/respond'
import { signUpForUpdates } from '../campaigns/updates-consent'
import { currentWording } from '../updates/consent-wording'
import { createUpdatesLimiters } from '../updates/limits'
import { looksLikeToken } from '../updates/tokens'
import { amountFieldValue, donationOptions, type DonationOptions } from './amounts'
import { createBurstWatch, noteCheckoutAttempt } from './burst-alert'
import { PaymentProviderError, startCheckout } from './checkout'
import { declarationVersions, giftAidDeclaration } from './declaration'
import { donationSchema } from './form-schema'
import { createDonationLimiters, type DonationLimits } from './limits'
import { findCampaignForSigning } from '../campaigns/campaign-state'
import { findBySession, findGiftByManageToken, findReturningForm } from './lookups'
import { recordCheckout } from './fulfil'
import type { Frequency } from './model'
import { paymentsConfigured, stripeClient } from './stripe-client'
import { renderDonatePage, renderNotConfigured, type Notice } from './views/pages'
import { renderManagePage, renderThanksPage } from './views/outcome-pages'
import { stripeWebhook } from './webhook'

export type DonationDeps = {
  payload: Payload
  env: Env
  limits?: DonationLimits
  /** The sign-up flow's per-address e-mail limit, shared so that one window covers every form. */
  updatesMailsPerAddress?: RateLimiter
}

type Route = { kind: 'form' } | { kind: 'thanks' } | { kind: 'cancelled'; token: string } | { kind: 'manage'; token: string }

function routeOf(path: string): Route | undefined {
  if (path === '/donate') return { kind: 'form' }
  if (path === '/donate/thank-you') return { kind: 'thanks' }
  const match = /^\/donate\/(cancelled|manage)\/([^/]+)$/.exec(path)
  if (!match?.[2] || !looksLikeToken(match[2])) return undefined
  return match[1] === 'manage' ? { kind: 'manage', token: match[2] } : { kind: 'cancelled', token: match[2] }
}

/** A link from a campaign's donate banner or an appeal: ?frequency=monthly&amount=10&appeal=spring. */
function valuesFromQuery(query: (name: string) => string | undefined, options: DonationOptions): FormValues {
  const values: FormValues = {}
  const frequency = query('frequency')
  if (frequency === 'one-off' || frequency === 'monthly') values.frequency = frequency
  const pounds = Number(query('amount'))
  if (Number.isFinite(pounds) && pounds > 0 && pounds <= 1_000_000) {
    const pence = Math.round(pounds * 100)
    const presets = options.presets[values.frequency === 'monthly' ? 'monthly' : 'one-off']
    if (presets.some((preset) => preset.pence === pence)) values.amount = String(pence)
    else values.otherAmount = amountFieldValue(pence)
  }
  for (const name of ['appeal', 'campaign'] as const) {
    const value = query(name)
    if (value && /^[a-z0-9-]{1,120}$/.test(value)) values[name] = value
  }
  return values
}

/** The donate journey (issue 7): /donate, Stripe Checkout, /donate/thank-you, the cancel and manage links, and Stripe's webhook. */
export function donationRoutes(deps: DonationDeps) {
  const { payload, env } = deps
  const limiters = createDonationLimiters(env, deps.limits)
  const burstWatch = createBurstWatch(env, limiters.burst)
  const updatesMailsPerAddress = deps.updatesMailsPerAddress ?? createUpdatesLimiters(env).mailsPerAddress
  const webhook = stripeWebhook({ payload, env })
  const context = (locale: LocaleCode): RenderContext => renderContext({ payload, env }, locale, false)

  async function formPage(ctx: RenderContext, state: { values?: FormValues; errors?: FieldErrors; notice?: Notice } = {}) {
    const locale = ctx.mode.locale
    const settings = await siteSettings(payload, locale)
    const options = donationOptions(settings)
    if (!paymentsConfigured(env)) return renderNotConfigured(ctx, options)
    const declarations = { single: giftAidDeclaration(locale, 'single', settings.charityName), enduring: giftAidDeclaration(locale, 'enduring', settings.charityName) }
    const frequency: Frequency = textValue(state.values ?? {}, 'frequency') === 'monthly' ? 'monthly' : 'one-off'
    const wording = await currentWording(payload, locale)
    return renderDonatePage(ctx, { options, frequency, declarations, wording, renderStamp: issueRenderStamp(env.PAYLOAD_SECRET), ...state })
  }

  async function notFound(c: Context, ctx: RenderContext, path: string) {
    const rendered = await renderNotFound(ctx, path)
    return c.html(rendered.status === 'redirect' ? '' : rendered.html, 404, { 'Cache-Control': 'no-store' })
  }

  async function postDonation(c: Context, ctx: RenderContext, path: string): Promise<Response> {
    if (!isSameOriginRequest(c.req.raw.headers, env.SITE_URL)) return problemResponse(c, ctx, crossSiteProblem(path))
    const stripe = stripeClient(env)
    if (!stripe) return privateHtml(c, await formPage(ctx))
    const locale = ctx.mode.locale
    const values = await readForm(c)
    const settings = await siteSettings(payload, locale)
    const options = donationOptions(settings)
    const again = (errors: FieldErrors) => formPage(ctx, { values, errors }).then((html) => privateHtml(c, html, 400))
    // A form posted by a script (honeypot filled, or back faster than anyone reads) is shown again:
    // a person simply presses the button once more; nothing is stored and Stripe is never called.
    if (looksAutomated(values, env.PAYLOAD_SECRET)) return again({ _form: 'donate.errors.checkAgain' })
    const parsed = parseForm(donationSchema(options), values)
    if (!parsed.ok) return again(parsed.errors)
    const form = parsed.data
    if (form.giftAid && textValue(values, 'declarationVersion') !== declarationVersions(locale, settings.charityName)) return again({ scope: 'donate.errors.wordingChanged' })
    // Only a complete, valid form can reach Stripe, so only those count: typing mistakes never lock
    // anyone out. Every one counts toward the burst alert, also when a limit refuses it.
    await noteCheckoutAttempt(payload, env, burstWatch, deps.limits?.burst)
    if (!(await limiters.checkoutsPerClient.allow(clientAddress(c))) || !(await limiters.checkoutsPerAddress.allow(form.email.key))) {
      return problemResponse(c, ctx, tooManyProblem(path))
    }
    const campaign = form.campaign ? await findCampaignForSigning(payload, form.campaign, locale) : undefined
    let checkout: { url: string }
    try {
      checkout = await startCheckout({ payload, env, stripe }, { ...form, campaign, locale, charityName: settings.charityName })
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error
      payload.logger.error({ err: error.cause }, 'Stripe Checkout Session could not be created')
      return privateHtml(c, await formPage(ctx, { values, notice: { title: 'donate.unavailable.title', body: 'donate.unavailable.body', alert: true } }), 503)
    }
    if (form.updates) {
      await signUpForUpdates({ payload, env, perAddress: updatesMailsPerAddress }, { email: form.email, firstName: form.firstName, locale, wordingVersion: form.wording, pagePath: ctx.site.href(path), form: 'donation' })
    }
    return c.redirect(checkout.url, 303)
  }

  return {
    handles: (path: string) => path === '/donate' || path.startsWith('/donate/'),

    /** Stripe's webhook (POST /api/stripe/webhook), outside the locale-prefixed pages and the form body limit. */
    webhook,

    get: async (c: Context, locale: LocaleCode, path: string): Promise<Response> => {
      const ctx = context(locale)
      const route = routeOf(path)
      if (!route) return notFound(c, ctx, path)
      if (route.kind === 'form') {
        const settings = await siteSettings(payload, locale)
        const values = valuesFromQuery((name) => c.req.query(name), donationOptions(settings))
        if (Object.keys(values).length) return privateHtml(c, await formPage(ctx, { values }))
        // The plain form is the same for everyone: cached, and re-rendered every few minutes so
        // its render stamp (the bot check) stays recent.
        return respondWithPage(c, {
          cacheKey: `${locale}:/donate`,
          cacheEnabled: env.PAGE_CACHE === 'on',
          render: async () => ({ status: 200, html: await formPage(ctx), tags: [globalTag('site-settings'), globalTag('consent-wording')], expiresAt: Date.now() + 5 * 60_000 }),
        })
      }
      if (!paymentsConfigured(env)) return notFound(c, ctx, path)
      if (route.kind === 'thanks') return thanks(c, ctx, c.req.query('session_id') ?? '')
      if (route.kind === 'cancelled') {
        const values = await findReturningForm(payload, route.token)
        return privateHtml(c, await formPage(ctx, { values, notice: { title: 'donate.cancelled.title', body: 'donate.cancelled.body' } }))
      }
      const gift = await findGiftByManageToken(payload, route.token)
      return privateHtml(c, await renderManagePage(ctx, path, gift), gift ? 200 : 404)
    },

    post: async (c: Context, locale: LocaleCode, path: string): Promise<Response> => {
      const ctx = context(locale)
      const route = routeOf(path)
      if (route?.kind === 'form') return postDonation(c, ctx, path)
      if (route?.kind !== 'manage') return c.text('Not found', 404, { 'Cache-Control': 'no-store' })
      return manage(c, ctx, path, route.token)
    },
  }

  async function thanks(c: Context, ctx: RenderContext, sessionId: string): Promise<Response> {
    const stripe = stripeClient(env)
    // Only sessions this site opened are looked up at Stripe, and not too often from one client.
    const gift = /^cs_\w{1,250}$/.test(sessionId) ? await findBySession(payload, sessionId) : undefined
    if (!stripe || !gift) return privateHtml(c, await renderThanksPage(ctx, undefined), 404)
    if (!(await limiters.thanksPerClient.allow(clientAddress(c)))) return problemResponse(c, ctx, tooManyProblem('/donate'))
    try {
      // The page reads the payment's real state from Stripe and records it, in case the webhook is late.
      await recordCheckout({ payload, env, stripe }, sessionId)
      const session = await stripe.checkout.sessions.retrieve(sessionId)
      return privateHtml(c, await renderThanksPage(ctx, session, (await findBySession(payload, sessionId)) ?? gift))
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeError)) throw error
      // Stripe unreachable: the webhook will record the payment; say it is being confirmed.
      payload.logger.warn({ err: error, sessionId }, 'Thank-you page could not reach Stripe')
      return privateHtml(c, await renderThanksPage(ctx, 'checking', gift))
    }
  }

  async function manage(c: Context, ctx: RenderContext, path: string, token: string): Promise<Response> {
    if (!isSameOriginRequest(c.req.raw.headers, env.SITE_URL)) return problemResponse(c, ctx, crossSiteProblem(path))
    if (!(await limiters.manageLinksPerClient.allow(clientAddress(c)))) return problemResponse(c, ctx, tooManyProblem(path))
    const stripe = stripeClient(env)
    const gift = await findGiftByManageToken(payload, token)
    if (!stripe || !gift?.customerId || gift.status !== 'active') return privateHtml(c, await renderManagePage(ctx, path, gift), gift ? 200 : 404)
    try {
      const portal = await stripe.billingPortal.sessions.create(
        { customer: gift.customerId, return_url: `${env.SITE_URL}${ctx.site.href(path)}` },
        { idempotencyKey: `portal:${gift.id}:${randomUUID()}` },
      )
      return c.redirect(portal.url, 303)
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeError)) throw error
      payload.logger.error({ err: error, gift: gift.id }, 'Stripe billing portal session could not be created')
      return privateHtml(c, await renderManagePage(ctx, path, gift, true), 503)
    }
  }
}
