import type { Payload } from 'payload'
import type { News, Page, SiteSetting } from '../payload-types'

/** What a request may see: published content, or one document's latest draft in preview. */
export type ReadMode = { locale: string; draft: boolean }

/**
 * Depth 1 is enough for everything a page shows (images, linked pages, internal links); linked
 * pages need only their title and address. Both matter on the uncached path: depth 2 with whole
 * linked pages took three times as long to load.
 */
const linkedPages = { pages: { title: true, path: true } } as const

export async function findPageByPath(payload: Payload, path: string, mode: ReadMode): Promise<Page | undefined> {
  const { docs } = await payload.find({
    collection: 'pages',
    where: { path: { equals: path } },
    locale: mode.locale as 'en',
    draft: mode.draft,
    overrideAccess: mode.draft,
    depth: 1,
    populate: linkedPages,
    limit: 1,
    pagination: false,
  })
  return docs[0]
}

export async function findNewsBySlug(payload: Payload, slug: string, mode: ReadMode): Promise<News | undefined> {
  const { docs } = await payload.find({
    collection: 'news',
    where: { slug: { equals: slug } },
    locale: mode.locale as 'en',
    draft: mode.draft,
    overrideAccess: mode.draft,
    depth: 1,
    populate: linkedPages,
    limit: 1,
    pagination: false,
  })
  return docs[0]
}

export async function listNews(payload: Payload, locale: string, page = 1, limit = 10) {
  return payload.find({
    collection: 'news',
    locale: locale as 'en',
    depth: 0,
    limit,
    page,
    sort: '-publishedOn',
    select: { title: true, slug: true, publishedOn: true, hero: { intro: true } },
  })
}

export async function siteSettings(payload: Payload, locale: string): Promise<SiteSetting> {
  return payload.findGlobal({ slug: 'site-settings', locale: locale as 'en', depth: 1, populate: linkedPages })
}
