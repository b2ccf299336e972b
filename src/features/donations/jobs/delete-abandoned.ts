import type { Payload, TaskConfig, Where } from 'payload'
import { donationsSlug } from '../collections/Donations'
import { giftAidDeclarationsSlug } from '../collections/GiftAidDeclarations'
import { regularGiftsSlug } from '../collections/RegularGifts'

/** Checkout sessions expire after a day; a gift still pending after 30 was never made. */
export const abandonedRetentionDays = 30

/**
 * Gifts that were never paid (the person left Checkout) hold a name, an address and perhaps a
 * home address for Gift Aid that we have no reason to keep: after 30 days they are deleted with
 * their declarations. Paid donations are kept for the charity's accounts and HMRC (six years);
 * failed ones too, as a record of what was attempted.
 */
export async function deleteAbandonedGifts(payload: Payload, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - abandonedRetentionDays * 24 * 60 * 60 * 1000).toISOString()
  const where: Where = { and: [{ status: { equals: 'pending' } }, { createdAt: { less_than: cutoff } }] }
  const donations = await payload.delete({ collection: donationsSlug, where, depth: 0, overrideAccess: true })
  const gifts = await payload.delete({ collection: regularGiftsSlug, where, depth: 0, overrideAccess: true })
  const deleted = [...donations.docs, ...gifts.docs]
  const declarations = deleted.flatMap((doc) => (typeof doc.giftAid === 'number' ? [doc.giftAid] : []))
  if (declarations.length) {
    await payload.delete({ collection: giftAidDeclarationsSlug, where: { id: { in: declarations } }, overrideAccess: true })
  }
  return deleted.length
}

export const deleteAbandonedGiftsTask: TaskConfig<'deleteAbandonedGifts'> = {
  slug: 'deleteAbandonedGifts',
  label: 'Delete gifts never paid, and their Gift Aid declarations, after 30 days',
  // Daily at 04:00 (seconds first in Payload's cron), after the other clean-ups.
  schedule: [{ cron: '0 0 4 * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { deleted: await deleteAbandonedGifts(req.payload) } }),
}
