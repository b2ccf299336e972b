import type { Payload, Where } from 'payload'
import type { LocaleCode } from '../../site/locales'
import { consentCoversWebWhere } from '../stories/consent'

export type SearchResult = {
  kind: 'page' | 'campaign' | 'story' | 'news'
  title: string
  /** The address without a language prefix. */
  path: string
  summary?: string | null
  /** Stories only: the name was changed ("Hai*"). */
  nameChanged?: boolean | null
}

/** Each kind of content lists at most this many matches (a search page, not an archive). */
const perKind = 20

/**
 * The words of a query, as Payload's `like` reads them (every word must appear): LIKE's own
 * wildcards are taken as spaces, and runs of spaces collapse so no empty word matches everything.
 */
export const searchWords = (query: string): string =>
  query
    .replace(/[%_\\]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10)
    .join(' ')

const anyField = (fields: string[], words: string): Where => ({ or: fields.map((field) => ({ [field]: { like: words } })) })

/**
 * Published pages and news, stories whose consent covers the web right now, and open campaigns
 * whose title or short text contains every word, in the reader's language. Read as the public
 * (overrideAccess: false): drafts never match, and the consent rule is checked on every search,
 * so a story taken down is gone from the results at once.
 */
export async function searchSite(payload: Payload, locale: LocaleCode, query: string, now = new Date()): Promise<SearchResult[]> {
  const words = searchWords(query)
  if (!words) return []
  const read = { locale, depth: 0, limit: perKind, pagination: false, overrideAccess: false } as const
  const [pages, campaigns, stories, news] = await Promise.all([
    payload.find({ collection: 'pages', ...read, where: anyField(['title', 'hero.intro', 'seo.description'], words), select: { title: true, path: true, hero: { intro: true } } }),
    payload.find({
      collection: 'campaigns',
      ...read,
      sort: '-createdAt',
      where: {
        and: [
          { status: { equals: 'open' } },
          { or: [{ deadline: { exists: false } }, { deadline: { greater_than: now.toISOString() } }] },
          anyField(['title', 'summary', 'petitionText'], words),
        ],
      },
      select: { title: true, slug: true, summary: true },
    }),
    payload.find({
      collection: 'stories',
      ...read,
      sort: '-createdAt',
      where: { and: [{ _status: { equals: 'published' } }, consentCoversWebWhere(now), anyField(['displayName', 'pullQuote', 'country'], words)] },
      select: { displayName: true, nameChanged: true, slug: true, pullQuote: true },
    }),
    payload.find({ collection: 'news', ...read, sort: '-publishedOn', where: anyField(['title', 'hero.intro'], words), select: { title: true, slug: true, hero: { intro: true } } }),
  ])
  return [
    ...pages.docs.filter((doc) => doc.title && doc.path).map((doc): SearchResult => ({ kind: 'page', title: doc.title, path: doc.path ?? '/', summary: doc.hero?.intro })),
    ...campaigns.docs.map((doc): SearchResult => ({ kind: 'campaign', title: doc.title, path: `/campaigns/${doc.slug}`, summary: doc.summary })),
    ...stories.docs.map((doc): SearchResult => ({ kind: 'story', title: doc.displayName, path: `/stories/${doc.slug}`, summary: doc.pullQuote, nameChanged: doc.nameChanged })),
    ...news.docs.filter((doc) => doc.title).map((doc): SearchResult => ({ kind: 'news', title: doc.title, path: `/news/${doc.slug}`, summary: doc.hero?.intro })),
  ]
}
