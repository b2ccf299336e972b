import type { Payload } from 'payload'
import { donationsSlug } from './collections/Donations'

export type TotalRow = { key: string; count: number; pence: number }
export type DonationTotalsData = { byMonth: TotalRow[]; byCampaign: TotalRow[]; sinceMonth: string }

type Paid = {
  amountPence: number
  refundedPence?: number | null
  paidAt?: string | null
  appeal?: string | null
  campaign?: number | { title?: string | null } | null
}

/** Money kept: what was paid less refunds. */
const kept = (donation: Paid): number => Math.max(0, donation.amountPence - (donation.refundedPence ?? 0))

function add(table: Map<string, TotalRow>, key: string, pence: number) {
  const row = table.get(key) ?? { key, count: 0, pence: 0 }
  row.count += 1
  row.pence += pence
  table.set(key, row)
}

/** Totals per calendar month (UK time is close enough to UTC for a month's total) and per campaign or appeal. */
export function summarise(donations: Paid[]): Omit<DonationTotalsData, 'sinceMonth'> {
  const byMonth = new Map<string, TotalRow>()
  const byCampaign = new Map<string, TotalRow>()
  for (const donation of donations) {
    if (!donation.paidAt) continue
    const pence = kept(donation)
    add(byMonth, donation.paidAt.slice(0, 7), pence)
    const campaign = typeof donation.campaign === 'object' && donation.campaign ? donation.campaign.title : undefined
    add(byCampaign, campaign ? `Campaign: ${campaign}` : donation.appeal ? `Appeal: ${donation.appeal}` : 'General', pence)
  }
  return {
    byMonth: [...byMonth.values()].sort((a, b) => b.key.localeCompare(a.key)),
    byCampaign: [...byCampaign.values()].sort((a, b) => b.pence - a.pence),
  }
}

/** Paid and partly refunded donations of the last 24 months, summed. */
export async function donationTotals(payload: Payload, now = new Date()): Promise<DonationTotalsData> {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 23, 1))
  const { docs } = await payload.find({
    collection: donationsSlug,
    where: { and: [{ status: { equals: 'paid' } }, { paidAt: { greater_than_equal: since.toISOString() } }] },
    select: { amountPence: true, refundedPence: true, paidAt: true, appeal: true, campaign: true },
    populate: { campaigns: { title: true } },
    depth: 1,
    pagination: false,
    overrideAccess: true,
  })
  return { ...summarise(docs), sinceMonth: since.toISOString().slice(0, 7) }
}
