import type { Payload } from 'payload'
import { signaturesSlug } from '../Signatures'

export type DailySignatures = { day: string; verified: number; total: number }
export type SignatureTotals = { verified: number; pending: number; days: DailySignatures[] }

const dayMs = 24 * 60 * 60 * 1000
const dayOf = (date: Date): string => date.toISOString().slice(0, 10)

/** Every day (UTC) from the first to the last, both included. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = []
  for (let time = Date.parse(`${first}T00:00:00Z`); time <= Date.parse(`${last}T00:00:00Z`); time += dayMs) days.push(dayOf(new Date(time)))
  return days
}

/**
 * A campaign's verified signatures per day (by the day they were signed, in UTC, as in the
 * delivery list), from the first signature to today with quiet days as zero, and the running
 * total; plus how many are still waiting for their confirmation. Summed here rather than with
 * SQL that differs per database: only each row's date is read.
 */
export async function signaturesPerDay(payload: Payload, campaignId: number, now = new Date()): Promise<SignatureTotals> {
  const ofCampaign = { campaign: { equals: campaignId } }
  const [{ docs }, pending] = await Promise.all([
    payload.find({
      collection: signaturesSlug,
      where: { and: [ofCampaign, { verified: { equals: true } }] },
      select: { createdAt: true },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.count({ collection: signaturesSlug, where: { and: [ofCampaign, { verified: { equals: false } }] }, overrideAccess: true }),
  ])
  const first = docs[0]?.createdAt.slice(0, 10)
  if (!first) return { verified: 0, pending: pending.totalDocs, days: [] }
  const perDay = new Map<string, number>()
  for (const doc of docs) {
    const day = doc.createdAt.slice(0, 10)
    perDay.set(day, (perDay.get(day) ?? 0) + 1)
  }
  const today = dayOf(now)
  let total = 0
  const days = daysBetween(first, today > first ? today : first).map((day) => {
    const verified = perDay.get(day) ?? 0
    total += verified
    return { day, verified, total }
  })
  return { verified: docs.length, pending: pending.totalDocs, days }
}
