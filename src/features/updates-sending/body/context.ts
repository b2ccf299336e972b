import type { Payload } from 'payload'
import type { Translate } from '../../../i18n'
import type { Campaign, Media, Story } from '../../../payload-types'
import type { LocaleCode } from '../../../site/locales'
import { mediaUrl } from '../../../site/media-files'
import { localizeHref } from '../../../site/request-locale'
import { publicPathOf } from '../../preview/preview-url'
import { cardsIn, idOf, type StoredBody } from './nodes'

/** What rendering a body needs besides the body: where links go, the language, the cards' documents. */
export type BodyContext = {
  siteUrl: string
  locale: LocaleCode
  dir: 'ltr' | 'rtl'
  t: Translate
  /** Published stories; each view checks the consent its medium needs (web, or web and e-mail). */
  stories: Map<number, Story>
  /** Published campaigns. */
  campaigns: Map<number, Campaign>
}

/**
 * The published stories and campaigns the body's cards show, read fresh (not the body's copy):
 * a card whose story was unpublished, or whose consent lapsed, simply disappears.
 */
export async function loadCards(payload: Payload, body: StoredBody, locale: LocaleCode): Promise<Pick<BodyContext, 'stories' | 'campaigns'>> {
  const { stories, campaigns } = cardsIn(body)
  const read = { depth: 1, pagination: false, overrideAccess: true, draft: false, locale } as const
  const [storyDocs, campaignDocs] = await Promise.all([
    stories.length ? payload.find({ collection: 'stories', where: { id: { in: stories } }, ...read }) : undefined,
    campaigns.length ? payload.find({ collection: 'campaigns', where: { id: { in: campaigns } }, ...read }) : undefined,
  ])
  return {
    stories: new Map((storyDocs?.docs ?? []).filter((story) => story._status === 'published').map((story) => [story.id, story])),
    campaigns: new Map((campaignDocs?.docs ?? []).filter((campaign) => campaign._status === 'published').map((campaign) => [campaign.id, campaign])),
  }
}

/**
 * A link as an e-mail needs it: a full web address. Site paths gain the site's address and the
 * update's language; mailto: and tel: stay; anything else (javascript:, data:) is dropped.
 */
export function absoluteHref(ctx: Pick<BodyContext, 'siteUrl' | 'locale'>, href: string | undefined | null): string | undefined {
  if (!href) return undefined
  if (/^https?:\/\/[^\s]+$/i.test(href)) return href
  if (/^(mailto:|tel:)[^\s]+$/i.test(href)) return href
  if (href.startsWith('/') && !href.startsWith('//') && !/\s/.test(href)) return `${ctx.siteUrl}${localizeHref(ctx.locale, href)}`
  return undefined
}

type LinkFields = { linkType?: string; url?: string; doc?: { relationTo?: string; value?: unknown } | null }

/** Where a Lexical link goes: a typed address, or the public address of the linked page or news item. */
export function linkTarget(ctx: Pick<BodyContext, 'siteUrl' | 'locale'>, fields: LinkFields | undefined): string | undefined {
  if (!fields) return undefined
  if (fields.linkType === 'internal') {
    const doc = fields.doc
    if (!doc || typeof doc.value !== 'object' || doc.value === null) return undefined
    return absoluteHref(ctx, publicPathOf(doc.relationTo ?? 'pages', doc.value))
  }
  return absoluteHref(ctx, fields.url)
}

/** An image for mail programs: the original when it is a JPEG or PNG (WebP and AVIF are not read everywhere). */
export function emailImage(ctx: Pick<BodyContext, 'siteUrl'>, media: Media, maxWidth: number): { src: string; width: number; height?: number } | undefined {
  const sizes = (media.sizes ?? {}) as Record<string, { filename?: string | null; width?: number | null; height?: number | null } | undefined>
  const universal = media.mimeType === 'image/jpeg' || media.mimeType === 'image/png'
  const file = universal ? { filename: media.filename, width: media.width, height: media.height } : (sizes.w960webp ?? { filename: media.filename, width: media.width, height: media.height })
  if (!file.filename) return undefined
  const naturalWidth = file.width ?? maxWidth
  const width = Math.min(naturalWidth, maxWidth)
  const height = file.height ? Math.round((file.height * width) / naturalWidth) : undefined
  return { src: `${ctx.siteUrl}${mediaUrl(file.filename)}`, width, height }
}

/** The populated document of an upload or relationship, or undefined when only an id is stored. */
export const populated = <T extends { id: number }>(value: unknown): T | undefined =>
  value && typeof value === 'object' && idOf(value) !== undefined ? (value as T) : undefined
