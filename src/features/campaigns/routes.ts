import type { Context } from 'hono'
import type { Payload } from 'payload'
import type { Env } from '../../env'
import type { Campaign } from '../../payload-types'
import { globalTag, listTag } from '../../site/cache-tags'
import { documentTags } from '../../site/document-tags'
import { looksAutomated } from '../../site/forms/anti-spam'
import { clientAddress } from '../../site/forms/client-address'
import { isSameOriginRequest } from '../../site/forms/csrf'
import { issueRenderStamp } from '../../site/forms/form-timing'
import { parseForm, readForm, type FieldErrors, type FormValues } from '../../site/forms/parse'
import { crossSiteProblem, privateHtml, problemResponse, redirectAfterPost, tooManyProblem } from '../../site/forms/respond'
import type { RateLimiter } from '../../site/forms/rate-limit'
import type { LocaleCode } from '../../site/locales'
import { renderContext, renderNotFound, type RenderContext } from '../../site/render-page'
import { respondWithPage, type Rendered } from '../../site/respond'
import { currentWording } from '../updates/consent-wording'
import { createUpdatesLimiters } from '../updates/limits'
import { looksLikeToken } from '../updates/tokens'
import { renderButtonPage, renderMessagePage } from '../updates/views/pages'
import { findCampaign, findCampaignForSigning, isOpen, listCampaigns, verifiedCount } from './campaign-state'
import { signatureSchema } from './form-schema'
import { createSignatureLimiters, type defaultSignatureLimits } from './limits'
import { checkSignatureToken, sign, verifySignature } from './sign'
import { signUpForUpdates } from './updates-consent'
import { renderCampaignList, renderCampaignPage, renderThanksPage } from './views/pages'

export type CampaignDeps = {
  payload: Payload
  env: Env
  limits?: typeof defaultSignatureLimits
  /** The sign-up flow's per-address e-mail limit, shared so that one window covers every form. */
  updatesMailsPerAddress?: RateLimiter
}

/**
 * How long a cached campaign page may show its count: under load it is served from the cache
 * (one render per interval), yet the count is never more than a few seconds old.
 */
export const countFreshnessMs = 5000

type Route =
  | { kind: 'list' }
  | { kind: 'campaign' | 'thanks' | 'confirmed'; slug: string }
  | { kind: 'confirm'; slug: string; token: string }

function routeOf(path: string): Route | undefined {
  if (path === '/campaigns') return { kind: 'list' }
  const match = /^\/campaigns\/([a-z0-9-]+)(?:\/(thanks|confirmed|confirm\/([^/]+)))?$/.exec(path)
  if (!match?.[1]) return undefined
  const slug = match[1]
  if (match[3]) return { kind: 'confirm', slug, token: match[3] }
  if (match[2] === 'thanks' || match[2] === 'confirmed') return { kind: match[2], slug }
  return match[2] ? undefined : { kind: 'campaign', slug }
}

/** Campaigns and their petitions: /campaigns, /campaigns/<slug>, signing and confirming (issue 6). */
export function campaignRoutes(deps: CampaignDeps) {
  const { payload, env } = deps
  const limiters = createSignatureLimiters(env, deps.limits)
  const updatesMailsPerAddress = deps.updatesMailsPerAddress ?? createUpdatesLimiters(env).mailsPerAddress
  const cacheEnabled = env.PAGE_CACHE === 'on'
  const context = (locale: LocaleCode): RenderContext => renderContext({ payload, env }, locale, false)
  const campaignTags = (campaign: Campaign) => [...documentTags('campaigns', campaign), globalTag('site-settings')]

  const cached = (c: Context, locale: LocaleCode, path: string, render: () => Promise<Rendered>) =>
    respondWithPage(c, { cacheKey: `${locale}:${path}`, cacheEnabled, render })

  async function campaignPage(ctx: RenderContext, campaign: Campaign, form: { values?: FormValues; errors?: FieldErrors; refused?: boolean } = {}) {
    const count = await verifiedCount(payload, campaign.id)
    const wording = await currentWording(payload, ctx.mode.locale)
    return renderCampaignPage(ctx, campaign, { count, wording, renderStamp: issueRenderStamp(env.PAYLOAD_SECRET), ...form })
  }

  async function postSignature(c: Context, ctx: RenderContext, slug: string, path: string): Promise<Response> {
    const { href } = ctx.site
    if (!isSameOriginRequest(c.req.raw.headers, env.SITE_URL)) return problemResponse(c, ctx, crossSiteProblem(path))
    if (!(await limiters.signaturesPerClient.allow(clientAddress(c)))) return problemResponse(c, ctx, tooManyProblem(path))
    const campaign = await findCampaignForSigning(payload, slug, ctx.mode.locale)
    const fullCampaign = async () => (await findCampaign(payload, slug, ctx.mode.locale)) ?? Promise.reject(new Error(`campaign ${slug} vanished`))
    if (!campaign) return privateHtml(c, await notFoundHtml(ctx, path), 404)
    // A late signature is refused plainly: the page shows the outcome and says the petition has closed.
    if (!isOpen(campaign)) return privateHtml(c, await campaignPage(ctx, await fullCampaign(), { refused: true }), 410)
    const done = () => redirectAfterPost(c, href(`${path}/thanks`))
    const values = await readForm(c)
    if (looksAutomated(values, env.PAYLOAD_SECRET)) return done()
    const parsed = parseForm(signatureSchema, values)
    const errors: FieldErrors = parsed.ok ? {} : parsed.errors
    if (parsed.ok && parsed.data.version !== (campaign.petitionVersion ?? 1)) errors._form = 'campaigns.errors.wordingChanged'
    if (!parsed.ok || errors._form) return privateHtml(c, await campaignPage(ctx, await fullCampaign(), { values, errors }), 400)
    const { firstName, lastName, email, country, postcode, updates, wording } = parsed.data
    const locale = ctx.mode.locale
    await sign({ payload, env, perAddress: limiters.mailsPerAddress }, { campaign, firstName, lastName, email, country, postcode, locale })
    if (updates) await signUpForUpdates({ payload, env, perAddress: updatesMailsPerAddress }, { email, firstName, locale, wordingVersion: wording, pagePath: href(path) })
    return done()
  }

  async function notFoundHtml(ctx: RenderContext, path: string): Promise<string> {
    const rendered = await renderNotFound(ctx, path)
    return rendered.status === 'redirect' ? '' : rendered.html
  }

  return {
    handles: (path: string) => path === '/campaigns' || path.startsWith('/campaigns/'),

    get: async (c: Context, locale: LocaleCode, path: string): Promise<Response> => {
      const ctx = context(locale)
      const route = routeOf(path)
      if (!route) return c.html(await notFoundHtml(ctx, path), 404, { 'Cache-Control': 'no-store' })
      if (route.kind === 'list') {
        return cached(c, locale, path, async () => {
          const campaigns = await listCampaigns(payload, locale)
          // The list re-sorts itself when an open campaign's deadline passes.
          const deadlines = campaigns.flatMap((campaign) => (isOpen(campaign) && campaign.deadline ? [new Date(campaign.deadline).getTime()] : []))
          const expiresAt = deadlines.length ? Math.min(...deadlines) : undefined
          return { status: 200, html: await renderCampaignList(ctx, campaigns), tags: [listTag('campaigns'), globalTag('site-settings')], expiresAt }
        })
      }
      if (route.kind === 'confirm') {
        const state = looksLikeToken(route.token) ? await checkSignatureToken(payload, route.token) : 'invalid'
        if (state !== 'valid') {
          const html = await renderMessagePage(ctx, path, 'campaigns.linkProblem.title', [state === 'expired' ? 'campaigns.linkProblem.expired' : 'campaigns.linkProblem.unknown'])
          return privateHtml(c, html, state === 'expired' ? 410 : 404)
        }
        return privateHtml(c, await renderButtonPage(ctx, path, c.req.path, 'campaigns.confirm.title', ['campaigns.confirm.body'], 'campaigns.confirm.button'))
      }
      return cached(c, locale, path, async () => {
        const campaign = await findCampaign(payload, route.slug, locale)
        if (!campaign) return renderNotFound(ctx, path)
        const tags = campaignTags(campaign)
        if (route.kind === 'thanks') return { status: 200, html: await renderThanksPage(ctx, campaign), tags }
        if (route.kind === 'confirmed') {
          return { status: 200, html: await renderMessagePage(ctx, path, 'campaigns.confirmed.title', ['campaigns.confirmed.body']), tags }
        }
        // The count changes without an edit to invalidate the copy: it expires after a few seconds.
        return { status: 200, html: await campaignPage(ctx, campaign), tags, expiresAt: Date.now() + countFreshnessMs }
      })
    },

    post: async (c: Context, locale: LocaleCode, path: string): Promise<Response> => {
      const ctx = context(locale)
      const route = routeOf(path)
      if (route?.kind === 'campaign') return postSignature(c, ctx, route.slug, path)
      if (route?.kind !== 'confirm') return c.html(await notFoundHtml(ctx, path), 404, { 'Cache-Control': 'no-store' })
      if (!isSameOriginRequest(c.req.raw.headers, env.SITE_URL)) return problemResponse(c, ctx, crossSiteProblem(path))
      if (!(await limiters.linkPostsPerClient.allow(clientAddress(c)))) return problemResponse(c, ctx, tooManyProblem(path))
      if (looksLikeToken(route.token) && (await verifySignature(payload, route.token))) {
        return redirectAfterPost(c, ctx.site.href(`/campaigns/${route.slug}/confirmed`))
      }
      return redirectAfterPost(c, c.req.path)
    },
  }
}
