import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, TypeWithID } from 'payload'
import { docTag, globalTag, listTag } from './cache-tags'
import { pageCache } from './page-cache'

/**
 * Drafts never reach the public site, so saving one invalidates nothing; publishing,
 * unpublishing (a published document saved as draft) and scheduled publishing all pass here
 * with the published state.
 */
export const invalidateOnChange =
  (collection: string): CollectionAfterChangeHook<TypeWithID> =>
  ({ doc, previousDoc }) => {
    const status = (doc as { _status?: string })._status
    const wasPublished = (previousDoc as { _status?: string } | undefined)?._status === 'published'
    if (status === 'draft' && !wasPublished) return doc
    pageCache().invalidate([docTag(collection, doc.id), listTag(collection)])
    return doc
  }

export const invalidateOnDelete =
  (collection: string): CollectionAfterDeleteHook<TypeWithID> =>
  ({ doc }) => {
    pageCache().invalidate([docTag(collection, doc.id), listTag(collection)])
    return doc
  }

export const invalidateGlobal =
  (slug: string): GlobalAfterChangeHook =>
  // Payload types a global's doc as `any`; this hook only passes it through.
  ({ doc }: { doc: unknown }) => {
    pageCache().invalidate([globalTag(slug)])
    return doc
  }
