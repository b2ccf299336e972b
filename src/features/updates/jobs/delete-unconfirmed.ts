import type { Payload, TaskConfig } from 'payload'
import { supportersSlug } from '../collections/Supporters'

export const unconfirmedRetentionDays = 30

/**
 * Unconfirmed sign-ups are deleted after 30 days: the address may not be theirs, and we keep no
 * personal data we were never allowed to use. Their ledger entries stay, pointing at nobody.
 */
export async function deleteUnconfirmedSignUps(payload: Payload, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - unconfirmedRetentionDays * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.delete({
    collection: supportersSlug,
    where: { and: [{ status: { equals: 'pending' } }, { confirmedAt: { exists: false } }, { createdAt: { less_than: cutoff } }] },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}

export const deleteUnconfirmedTask: TaskConfig<'deleteUnconfirmedSignUps'> = {
  slug: 'deleteUnconfirmedSignUps',
  label: 'Delete unconfirmed sign-ups after 30 days',
  // Daily at 03:30 (seconds first in Payload's cron).
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { deleted: await deleteUnconfirmedSignUps(req.payload) } }),
}
