import type { Context } from 'hono'
import type { Payload } from 'payload'
import type { Env } from '../../../env'
import type { Update } from '../../../payload-types'
import { docTag, globalTag, listTag } from '../../../site/cache-tags'
import { documentTags } from '../../../site/document-tags'
import type { LocaleCode } from '../../../site/locales'
import { renderContext, renderNotFound, type RenderContext } from '../../../site/render-page'
import { respondWithPage, type Rendered } from '../../../site/respond'
import { loadCards } from '../body/context'
import { cardsIn, type StoredBody } from '../body/nodes'
import { updatesSlug } from '../collections/Updates'
import { archivePath } from '../render-update'
import { renderArchiveItem, renderArchiveList } from './views'

const perPage = 20

/** The archive's addresses (without a language prefix): /updates/archive and /updates/archive/<slug>. */
const archiveRoute = (path: string): { slug?: string } | undefined => {
  if (path === '/updates/archive') return {}
  const slug = /^\/updates\/archive\/([a-z0-9-]+)$/.exec(path)?.[1]
  return slug ? { slug } : undefined
}

async function listPage(ctx: RenderContext, page: number): Promise<Rendered> {
  const result = await ctx.payload.find({
    collection: updatesSlug,
    where: { and: [{ status: { equals: 'sent' } }, { language: { equals: ctx.mode.locale } }] },
    sort: '-sentAt',
    page,
    limit: perPage,
    depth: 0,
    overrideAccess: true,
    select: { subject: true, slug: true, sentAt: true, preheader: true },
  })
  if (page > 1 && !result.docs.length) return renderNotFound(ctx, '/updates/archive')
  const html = await renderArchiveList(ctx, { docs: result.docs, page, prevPage: result.prevPage, nextPage: result.nextPage })
  return { status: 200, html, tags: [listTag(updatesSlug), globalTag('site-settings')] }
}

async function itemPage(ctx: RenderContext, slug: string): Promise<Rendered> {
  const { docs } = await ctx.payload.find({
    collection: updatesSlug,
    where: { and: [{ slug: { equals: slug } }, { status: { equals: 'sent' } }] },
    limit: 1,
    pagination: false,
    depth: 1,
    overrideAccess: true,
  })
  const update: Update | undefined = docs[0]
  if (!update) return renderNotFound(ctx, `/updates/archive/${slug}`)
  // Each update is in one language and lives under that language's address.
  if (update.language !== ctx.mode.locale) return { status: 'redirect', location: archivePath(update) }
  const body = update.body as StoredBody
  const cards = await loadCards(ctx.payload, body, ctx.mode.locale)
  const { stories, campaigns } = cardsIn(body)
  const tags = [
    ...documentTags(updatesSlug, update),
    ...stories.map((id) => docTag('stories', id)),
    ...campaigns.map((id) => docTag('campaigns', id)),
    globalTag('site-settings'),
  ]
  return { status: 200, html: await renderArchiveItem(ctx, update, cards), tags }
}

/**
 * The public copies of sent updates, cached like every public page and dropped when an update is
 * sent or anything it shows changes. They hold no personal links: nobody's unsubscribe token.
 */
export function archiveRoutes(deps: { payload: Payload; env: Env }) {
  const cacheEnabled = deps.env.PAGE_CACHE === 'on'
  return {
    handles: (path: string): boolean => archiveRoute(path) !== undefined,
    get: (c: Context, locale: LocaleCode, path: string): Promise<Response> => {
      const route = archiveRoute(path)
      const ctx = renderContext(deps, locale, false)
      if (route?.slug) {
        const slug = route.slug
        return respondWithPage(c, { cacheKey: `${locale}:${path}`, cacheEnabled, render: () => itemPage(ctx, slug) })
      }
      const page = Math.max(1, Math.min(1000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1))
      return respondWithPage(c, { cacheKey: `${locale}:/updates/archive?page=${page}`, cacheEnabled, render: () => listPage(ctx, page) })
    },
  }
}
