import type { Payload } from 'payload'
import type { News, Page, SiteSetting } from '../payload-types'
import { locales, type LocaleCode } from './locales'

/** What a request may see: published content, or one document's latest draft in preview. */
export type ReadMode = { locale: LocaleCode; draft: boolean }

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
    locale: mode.locale,
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
    locale: mode.locale,
    draft: mode.draft,
    overrideAccess: mode.draft,
    depth: 1,
    populate: linkedPages,
    limit: 1,
    pagination: false,
  })
  return docs[0]
}

export async function listNews(payload: Payload, locale: LocaleCode, page = 1, limit = 10) {
  return payload.find({
    collection: 'news',
    locale,
    depth: 0,
    limit,
    page,
    sort: '-publishedOn',
    select: { title: true, slug: true, publishedOn: true, hero: { intro: true } },
  })
}

export async function siteSettings(payload: Payload, locale: LocaleCode): Promise<SiteSetting> {
  return payload.findGlobal({ slug: 'site-settings', locale, depth: 1, populate: linkedPages })
}

/**
 * The languages a page or news item has been translated into: those with a title of their own
 * (with fallback on, every language would seem to have one). Read by title only, so it is cheap.
 */
export async function translatedLocales(
  payload: Payload,
  collection: 'pages' | 'news',
  id: number,
  draft: boolean,
): Promise<LocaleCode[]> {
  const doc = await payload.findByID({
    collection,
    id,
    locale: 'all',
    draft,
    overrideAccess: draft,
    depth: 0,
    select: { title: true },
  })
  const titles = (doc.title ?? {}) as unknown as Partial<Record<LocaleCode, string | null>>
  return locales.map((locale) => locale.code).filter((code) => Boolean(titles[code]?.trim()))
}
