import type { Payload } from 'payload'
import { escapeHtml } from '../../../site/escape'
import { defaultLocale } from '../../../site/locales'
import { updatesSlug } from '../collections/Updates'
import { archivePath } from '../render-update'

/** The latest updates sent in the site's main language, as RSS items for /feed.xml beside the news. */
export async function updateFeedItems(payload: Payload, siteUrl: string, limit = 20): Promise<string[]> {
  const { docs } = await payload.find({
    collection: updatesSlug,
    where: { and: [{ status: { equals: 'sent' } }, { language: { equals: defaultLocale } }] },
    sort: '-sentAt',
    limit,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { subject: true, slug: true, sentAt: true, preheader: true, language: true },
  })
  return docs.map((update) => {
    const link = `${siteUrl}${archivePath(update)}`
    const description = update.preheader ? `<description>${escapeHtml(update.preheader)}</description>` : ''
    return `  <item><title>${escapeHtml(update.subject ?? '')}</title><link>${escapeHtml(link)}</link><guid>${escapeHtml(link)}</guid><pubDate>${new Date(update.sentAt ?? 0).toUTCString()}</pubDate>${description}</item>`
  })
}
