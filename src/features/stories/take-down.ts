import type { CollectionAfterChangeHook } from 'payload'
import type { Story } from '../../payload-types'
import { docTag, listTag } from '../../site/cache-tags'
import { invalidate } from '../../site/cache-invalidation'
import { consentCoversWeb } from './consent'

/**
 * Every save of a story drops the cached pages that show it (its page, the index, every teaser).
 * A save whose consent no longer covers the web also unpublishes the story at once, even when it
 * was saved as a draft, because the published copy must not outlive the consent.
 */
export const takeDownWithoutConsent: CollectionAfterChangeHook<Story> = async ({ doc, req, context }) => {
  invalidate([docTag('stories', doc.id), listTag('stories')], req)
  if (context.storyTakeDown || consentCoversWeb(doc)) return doc
  const published = await req.payload.findByID({ collection: 'stories', id: doc.id, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })
  if (published?._status !== 'published') return doc
  await req.payload.update({
    collection: 'stories',
    id: doc.id,
    data: { _status: 'draft', consent: doc.consent },
    overrideAccess: true,
    req,
    context: { storyTakeDown: true },
  })
  return doc
}
