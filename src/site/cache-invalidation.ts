import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, TypeWithID } from 'payload'
import { docTag, globalTag, listTag } from './cache-tags'
import { pageCache } from './page-cache'

/**
 * Drafts never reach the public site, so saving one invalidates nothing; publishing,
 * unpublishing and scheduled publishing all change what readers see. A draft saved over a
 * published document and an unpublish both arrive as "draft after published"; only the second
 * changed the published document, so that is checked (one small read per draft save).
 */
export const invalidateOnChange =
  (collection: 'pages' | 'news' | 'media' | 'campaigns'): CollectionAfterChangeHook<TypeWithID> =>
  async ({ doc, previousDoc, req }) => {
    const status = (doc as { _status?: string })._status
    const wasPublished = (previousDoc as { _status?: string } | undefined)?._status === 'published'
    if (status === 'draft') {
      if (!wasPublished) return doc
      const current = await req.payload.findByID({ collection, id: doc.id, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })
      if ((current as { _status?: string } | null)?._status === 'published') return doc
    }
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
