import type { Payload } from 'payload'
import type { News, Page, SiteSetting } from '../payload-types'

/** What a request may see: published content, or one document's latest draft in preview. */
export type ReadMode = { locale: string; draft: boolean }

export async function findPageByPath(payload: Payload, path: string, mode: ReadMode): Promise<Page | undefined> {
  const { docs } = await payload.find({
    collection: 'pages',
    where: { path: { equals: path } },
    locale: mode.locale as 'en',
    draft: mode.draft,
    overrideAccess: mode.draft,
    depth: 2,
    limit: 1,
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
    depth: 2,
    limit: 1,
  })
  return docs[0]
}

export async function listNews(payload: Payload, locale: string, page = 1, limit = 10) {
  return payload.find({
    collection: 'news',
    locale: locale as 'en',
    depth: 1,
    limit,
    page,
    sort: '-publishedOn',
    select: { title: true, slug: true, publishedOn: true, hero: true },
  })
}

export async function siteSettings(payload: Payload, locale: string): Promise<SiteSetting> {
  return payload.findGlobal({ slug: 'site-settings', locale: locale as 'en', depth: 1 })
}
