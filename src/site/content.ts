import type { Payload } from 'payload'
import type { News, Page, SiteSetting } from '../payload-types'
import { globalTag, listTag } from './cache-tags'
import { defaultLocale, locales, type LocaleCode } from './locales'
import { pageCache } from './page-cache'

/** What a request may see: published content, or one document's latest draft in preview. */
export type ReadMode = { locale: LocaleCode; draft: boolean }

/**
 * Published documents are remembered between renders (pageCache().remember) until a change that
 * could alter them: publishing, changing or removing any page, news item, image or story
 * invalidates its collection's list tag, and a document read at depth 1 shows only those. So a
 * page the HTML cache does not hold (a first visit, a language nobody asked for yet, the moment
 * after an edit) renders from memory instead of a dozen queries. Previews read the database.
 */
const contentTags = [listTag('pages'), listTag('news'), listTag('media'), listTag('stories')]

function published<T>(mode: ReadMode, key: string, tags: readonly string[], load: () => Promise<T>): Promise<T> {
  return mode.draft ? load() : pageCache().remember(`${mode.locale}:${key}`, tags, load)
}

/**
 * Depth 1 is enough for everything a page shows (images, linked pages, internal links); linked
 * pages need only their title and address. Both matter on the uncached path: depth 2 with whole
 * linked pages took three times as long to load.
 */
const linkedPages = { pages: { title: true, path: true } } as const

export function findPageByPath(payload: Payload, path: string, mode: ReadMode): Promise<Page | undefined> {
  return published(mode, `page:${path}`, contentTags, () => readPageByPath(payload, path, mode))
}

async function readPageByPath(payload: Payload, path: string, mode: ReadMode): Promise<Page | undefined> {
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

export function findNewsBySlug(payload: Payload, slug: string, mode: ReadMode): Promise<News | undefined> {
  return published(mode, `news:${slug}`, contentTags, () => readNewsBySlug(payload, slug, mode))
}

async function readNewsBySlug(payload: Payload, slug: string, mode: ReadMode): Promise<News | undefined> {
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

export function listNews(payload: Payload, locale: LocaleCode, page = 1, limit = 10) {
  return published({ locale, draft: false }, `news-list:${page}:${limit}`, [listTag('news')], () => readNewsList(payload, locale, page, limit))
}

async function readNewsList(payload: Payload, locale: LocaleCode, page: number, limit: number) {
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

/** The settings (navigation, footer) with the pages they link to, as every page shows them. */
export function siteSettings(payload: Payload, locale: LocaleCode): Promise<SiteSetting> {
  const tags = [globalTag('site-settings'), ...contentTags]
  return published({ locale, draft: false }, 'site-settings', tags, () => payload.findGlobal({ slug: 'site-settings', locale, depth: 1, populate: linkedPages }))
}

/**
 * The languages a page or news item has been translated into: those with a title of their own
 * (with fallback on, every language would seem to have one). Read by title only, so it is cheap.
 */
export function translatedLocales(payload: Payload, collection: 'pages' | 'news', id: number, draft: boolean): Promise<LocaleCode[]> {
  // Every language's answer is the same: remembered once, under the default language's key.
  return published({ locale: defaultLocale, draft }, `languages:${collection}:${id}`, [listTag(collection)], () => readTranslatedLocales(payload, collection, id, draft))
}

async function readTranslatedLocales(payload: Payload, collection: 'pages' | 'news', id: number, draft: boolean): Promise<LocaleCode[]> {
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
