import type { Payload } from 'payload'
import { deliveriesSlug, deliveryStatuses, type DeliveryStatus } from '../collections/UpdateDeliveries'

export type DeliveryCounts = Record<DeliveryStatus, number> & { total: number }

/** How many of an update's deliveries are in each state (indexed: one small count per state). */
export async function deliveryCounts(payload: Payload, updateId: number): Promise<DeliveryCounts> {
  const entries = await Promise.all(
    deliveryStatuses.map(async (status) => {
      const { totalDocs } = await payload.count({
        collection: deliveriesSlug,
        where: { and: [{ update: { equals: updateId } }, { status: { equals: status } }] },
        overrideAccess: true,
      })
      return [status, totalDocs] as const
    }),
  )
  const counts = Object.fromEntries(entries) as Record<DeliveryStatus, number>
  return { ...counts, total: entries.reduce((sum, [, count]) => sum + count, 0) }
}
