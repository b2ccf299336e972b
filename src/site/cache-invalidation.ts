import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest, TypeWithID } from 'payload'
import { docTag, globalTag, listTag } from './cache-tags'
import { pageCache } from './page-cache'

type Session = { resolve: () => Promise<unknown> }

/**
 * Runs `then` once the request's transaction has committed. Payload's Drizzle adapters keep each
 * open transaction as a session whose resolve() commits it (and resolves after COMMIT); SQLite
 * has none (its id is a promise of null), so there `then` never runs: the first invalidation did it.
 */
async function afterCommit(req: PayloadRequest, then: () => void): Promise<void> {
  const id = await req.transactionID
  const sessions = (req.payload.db as { sessions?: Record<string, Session | undefined> }).sessions
  const session = id ? sessions?.[String(id)] : undefined
  if (!session) return
  const commit = session.resolve
  session.resolve = async () => {
    const committed = await commit()
    then()
    return committed
  }
}

/**
 * Hooks run inside the write's transaction (on PostgreSQL), before it commits: a request in
 * between still reads the old copy and could cache it again. Invalidating once more when the
 * transaction commits closes that window.
 */
export function invalidate(tags: string[], req: PayloadRequest): void {
  pageCache().invalidate(tags)
  void afterCommit(req, () => pageCache().invalidate(tags))
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
