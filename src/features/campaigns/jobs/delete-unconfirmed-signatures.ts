import type { Payload, TaskConfig, Where } from 'payload'
import { signaturesSlug } from '../Signatures'

export const unconfirmedSignatureRetentionDays = 30

/**
 * Signatures never confirmed are deleted 30 days after the last confirmation link was sent (the
 * row's last change: signing again re-sends a link and moves it). The address may not be the
 * signer's, they never counted, and we keep no personal data we were never allowed to use.
 * Links last 7 days, so no working link is ever deleted from under a person.
 */
export async function deleteUnconfirmedSignatures(payload: Payload, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - unconfirmedSignatureRetentionDays * 24 * 60 * 60 * 1000).toISOString()
  const where: Where = { and: [{ verified: { equals: false } }, { updatedAt: { less_than: cutoff } }] }
  const { totalDocs } = await payload.count({ collection: signaturesSlug, where, overrideAccess: true })
  if (!totalDocs) return 0
  // One statement however many there are: a viral petition can leave thousands unconfirmed, and
  // signatures have no hooks to run (unconfirmed ones are in no count and no cached page).
  await payload.db.deleteMany({ collection: signaturesSlug, where })
  return totalDocs
}

export const deleteUnconfirmedSignaturesTask: TaskConfig<'deleteUnconfirmedSignatures'> = {
  slug: 'deleteUnconfirmedSignatures',
  label: 'Delete petition signatures never confirmed within 30 days',
  // Daily at 03:45 (seconds first in Payload's cron), after the sign-up clean-up.
  schedule: [{ cron: '0 45 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { deleted: await deleteUnconfirmedSignatures(req.payload) } }),
}
