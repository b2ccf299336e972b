import { Hono, type Context } from 'hono'
import type { Payload } from 'payload'
import type { Env } from '../env'
import { helpPageReferrerPolicy } from '../features/get-help/help-pages'
import { verifyPreviewToken } from '../features/preview/preview-token'
import { countPageViews } from '../features/statistics/count-views'
import { storiesRoute } from '../features/stories/routes'
import { createUpdatesLimiters } from '../features/updates/limits'
import { updatesRoutes } from '../features/updates/routes'
import { archiveRoutes } from '../features/updates-sending/archive/routes'
import { campaignRoutes } from '../features/campaigns/routes'
import { donationRoutes } from '../features/donations/routes'
import { checkoutOrigins } from '../features/donations/stripe-client'
import { webhookBodyLimit, webhookPath } from '../features/donations/webhook'
import { searchRoutes } from '../features/search/routes'
import { translator } from '../i18n'
import { assetByUrl, assetUrl } from './assets'
import { formBodyLimit } from './forms/body-limit'
import type { LocaleCode } from './locales'
import { healthRoutes } from './health'
import { renderContext, renderNewsIndex, renderNewsItem, renderNotFound, renderPage, type RenderContext } from './render-page'
import { splitLocale } from './request-locale'
import { respondWithPage, respondWithPreview, type Rendered } from './respond'
import { rememberCachedHeaders } from './fast-path'
import { securityHeaders } from './security-headers'
import { mediaRoutes } from './media-files'
import { seoRoutes } from './seo-routes'

export type SiteDeps = { payload: Payload; env: Env }

/** Paths are lower-case words joined by hyphens and slashes; anything else is not a page. */
const pagePathPattern = /^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/

export function createSiteApp({ payload, env }: SiteDeps): Hono {
  const app = new Hono()
  const cacheEnabled = env.PAGE_CACHE === 'on'
  // One per-address e-mail limit for every form that signs people up for updates (the updates
  // page, the petition's and the donate form's boxes): in memory, separate limiters would not share counts.
  const updatesLimiters = createUpdatesLimiters(env)
  const updates = updatesRoutes({ payload, env, limiters: updatesLimiters })
  const updatesArchive = archiveRoutes({ payload, env })
  const campaigns = campaignRoutes({ payload, env, updatesMailsPerAddress: updatesLimiters.mailsPerAddress })
  const donations = donationRoutes({ payload, env, updatesMailsPerAddress: updatesLimiters.mailsPerAddress })
  const siteSearch = searchRoutes({ payload, env })
  app.use(rememberCachedHeaders)
  const toCheckout = checkoutOrigins(env)
  app.use(securityHeaders({ https: env.SITE_URL.startsWith('https://'), formTargetsFor: (path) => (donations.handles(splitLocale(path).path) ? toCheckout : []) }))
  app.use(countPageViews)
  app.use(helpPageReferrerPolicy)
  healthRoutes(app, payload)

  app.get('/assets/:file', (c) => {
    const asset = assetByUrl(c.req.path)
    if (!asset) return c.text('Not found', 404, { 'Cache-Control': 'no-store' })
    const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')
    return c.body(new Uint8Array(gzip ? asset.gzip : asset.body), 200, {
      'Content-Type': asset.contentType,
      'Cache-Control': 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
  })
  app.get('/favicon.ico', (c) => c.redirect(assetUrl('favicon.svg'), 301))
  seoRoutes(app, { payload, env })
  mediaRoutes(app, env.DATA_DIR)

  /** Preview needs both a signed link and a signed-in member of staff. */
  async function previewing(c: Context): Promise<boolean> {
    const token = c.req.query('preview')
    if (!token || !verifyPreviewToken(env.PAYLOAD_SECRET, token)) return false
    const { user } = await payload.auth({ headers: c.req.raw.headers })
    return Boolean(user)
  }

  async function serve(c: Context, locale: LocaleCode, cacheKey: string, render: (ctx: RenderContext) => Promise<Rendered>) {
    if (await previewing(c)) {
      const rendered = await render(renderContext({ payload, env }, locale, true))
      if (rendered.status === 'redirect') return c.redirect(rendered.location)
      return respondWithPreview(c, rendered.html, rendered.status)
    }
    const ctx = renderContext({ payload, env }, locale, false)
    return respondWithPage(c, { cacheKey: `${locale}:${cacheKey}`, cacheEnabled, render: () => render(ctx) })
  }

  /** Every page address, in every language: /<locale> prefix (none for English), then the route. */
  app.get('*', (c) => {
    const search = new URL(c.req.url).search
    const trimmed = c.req.path.length > 1 ? c.req.path.replace(/\/+$/, '') : c.req.path
    if (trimmed !== c.req.path) return c.redirect(`${trimmed}${search}`, 301)
    const { locale, path, explicitDefault } = splitLocale(trimmed)
    if (explicitDefault) return c.redirect(`${path}${search}`, 301)
    // Sent updates (updates-sending) live under /updates too; the archive answers first.
    if (updatesArchive.handles(path)) return updatesArchive.get(c, locale, path)
    if (updates.handles(path)) return updates.get(c, locale, path)
    if (campaigns.handles(path)) return campaigns.get(c, locale, path)
    if (donations.handles(path)) return donations.get(c, locale, path)
    if (siteSearch.handles(path)) return siteSearch.get(c, locale)
    if (path === '/news') {
      const page = Math.max(1, Math.min(1000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1))
      return serve(c, locale, `/news?page=${page}`, (ctx) => renderNewsIndex(ctx, page))
    }
    const story = storiesRoute(path, (name) => c.req.query(name))
    if (story) return serve(c, locale, story.cacheKey, story.render)
    const newsSlug = /^\/news\/([a-z0-9-]+)$/.exec(path)?.[1]
    if (newsSlug) return serve(c, locale, path, (ctx) => renderNewsItem(ctx, newsSlug))
    if (!pagePathPattern.test(path)) return serve(c, locale, path, (ctx) => renderNotFound(ctx, path))
    return serve(c, locale, path, (ctx) => renderPage(ctx, path))
  })

  app.post(webhookPath, webhookBodyLimit, donations.webhook)

  /** Forms post back to their own address, in the reader's language. */
  app.post('*', formBodyLimit, (c) => {
    const { locale, path } = splitLocale(c.req.path)
    if (updates.handles(path)) return updates.post(c, locale, path)
    if (campaigns.handles(path)) return campaigns.post(c, locale, path)
    if (donations.handles(path)) return donations.post(c, locale, path)
    return c.text('Not found', 404, { 'Cache-Control': 'no-store' })
  })

  app.onError((error, c) => {
    payload.logger.error({ err: error, path: c.req.path }, 'site request failed')
    return c.text(translator(splitLocale(c.req.path).locale)('errors.server'), 500, { 'Cache-Control': 'no-store' })
  })
  return app
}
