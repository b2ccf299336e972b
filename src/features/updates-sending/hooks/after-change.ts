import type { CollectionAfterChangeHook } from 'payload'
import type { Update } from '../../../payload-types'
import { docTag, listTag } from '../../../site/cache-tags'
import { invalidate } from '../../../site/cache-invalidation'
import { updatesQueue } from '../queue'

/**
 * Sending starts as a job in the same transaction as the change that started it (so it runs only
 * if that commits); a finished send publishes the update in the archive and the feed.
 */
export const afterUpdateChange: CollectionAfterChangeHook<Update> = async ({ doc, previousDoc, req }) => {
  if (doc.status === 'sending' && previousDoc?.status !== 'sending' && doc.leaseHolder) {
    await req.payload.jobs.queue({ task: 'sendUpdate', queue: updatesQueue, input: { updateId: String(doc.id), lease: doc.leaseHolder }, req })
  }
  if (doc.status === 'sent' && previousDoc?.status !== 'sent') invalidate([listTag('updates'), docTag('updates', doc.id)], req)
  return doc
}
