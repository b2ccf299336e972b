import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest, TypeWithID } from 'payload'
import { docTag, globalTag, listTag } from './cache-tags'
import { pageCache } from './page-cache'

/** Long enough for the write's transaction to have committed. */
const afterCommitMs = 1000

/**
 * Hooks run inside the write's transaction (on PostgreSQL), before it commits: a request in
 * between still reads the old copy and could cache it again. Invalidating once more a moment
 * later closes that window.
 */
export function invalidate(tags: string[], req: PayloadRequest): void {
  pageCache().invalidate(tags)
  // transactionID is a promise until the adapter answers; SQLite's answers null (no transaction).
  void Promise.resolve(req.transactionID).then((id) => {
    if (id) setTimeout(() => pageCache().invalidate(tags), afterCommitMs).unref()
  })
}

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
    invalidate([docTag(collection, doc.id), listTag(collection)], req)
    return doc
  }

export const invalidateOnDelete =
  (collection: string): CollectionAfterDeleteHook<TypeWithID> =>
  ({ doc, req }) => {
    invalidate([docTag(collection, doc.id), listTag(collection)], req)
    return doc
  }

export const invalidateGlobal =
  (slug: string): GlobalAfterChangeHook =>
  // Payload types a global's doc as `any`; this hook only passes it through.
  ({ doc, req }: { doc: unknown; req: PayloadRequest }) => {
    invalidate([globalTag(slug)], req)
    return doc
  }
