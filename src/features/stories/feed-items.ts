import type { Payload } from 'payload'
import { translator } from '../../i18n'
import { escapeHtml } from '../../site/escape'
import { defaultLocale } from '../../site/locales'
import { consentCoversWebWhere } from './consent'

/**
 * The newest stories as RSS items for /feed.xml: only stories published with consent that covers
 * the web at this moment, read on every request, so a story taken down leaves the feed at once.
 */
export async function storyFeedItems(payload: Payload, siteUrl: string, now = new Date()): Promise<string[]> {
  const t = translator(defaultLocale)
  const { docs } = await payload.find({
    collection: 'stories',
    locale: defaultLocale,
    where: { and: [{ _status: { equals: 'published' } }, consentCoversWebWhere(now)] },
    sort: '-createdAt',
    limit: 20,
    depth: 0,
    pagination: false,
    select: { displayName: true, nameChanged: true, slug: true, pullQuote: true, createdAt: true },
  })
  return docs.map((story) => {
    const link = `${siteUrl}/stories/${story.slug}`
    const title = t('stories.readStory', { name: story.displayName, mark: story.nameChanged ? '*' : '' })
    const description = story.nameChanged ? `${story.pullQuote} (${t('stories.nameChanged')})` : story.pullQuote
    return `  <item><title>${escapeHtml(title)}</title><link>${escapeHtml(link)}</link><guid>${escapeHtml(link)}</guid><pubDate>${new Date(story.createdAt).toUTCString()}</pubDate><description>${escapeHtml(description)}</description></item>`
  })
}
