import type { Payload, PayloadRequest, Where } from 'payload'
import type { Donation, GiftAidDeclaration } from '../../payload-types'
import { donationsSlug } from './collections/Donations'
import { giftAidClaimsSlug } from './collections/GiftAidClaims'
import type { ClaimDonation } from './gift-aid-claim/claim-rows'

/** HMRC accepts at most 1,000 rows in one claim schedule. */
export const maxDonationsPerClaim = 1000

/** Gift Aid is 25p for every pound given (basic rate 20%: 20/80). */
export const giftAidOn = (pence: number): number => Math.floor(pence / 4)

/** What is claimable on a donation: what was given less anything refunded. */
export const claimablePence = (donation: Pick<Donation, 'amountPence' | 'refundedPence'>): number =>
  Math.max(0, donation.amountPence - (donation.refundedPence ?? 0))

const declarationOf = (donation: Donation): GiftAidDeclaration | undefined =>
  typeof donation.giftAid === 'object' && donation.giftAid ? donation.giftAid : undefined

/**
 * A donation can go in a claim when it is paid, not wholly refunded, not already claimed, and
 * made under a declaration that had not been cancelled by the day it was paid (a cancellation
 * takes effect from its date; donations before it stay claimable).
 */
export function isClaimable(donation: Donation, now = Date.now()): boolean {
  return !donation.giftAidClaim && qualifies(donation, now)
}

/**
 * HMRC allows claims within four years of the end of the charity's accounting period; four years
 * from the gift is the safe reading that needs no accounting dates.
 */
const claimWindowMs = 4 * 365.25 * 24 * 60 * 60 * 1000

/** Whether Gift Aid can be claimed on this donation at all (claimed already or not). */
function qualifies(donation: Donation, now = Date.now()): boolean {
  const declaration = declarationOf(donation)
  if (donation.status !== 'paid' || !donation.paidAt || !declaration) return false
  if (claimablePence(donation) <= 0) return false
  const paidAt = new Date(donation.paidAt).getTime()
  if (now - paidAt > claimWindowMs) return false
  return !declaration.cancelledAt || new Date(declaration.cancelledAt).getTime() > paidAt
}

const candidates: Where = {
  and: [{ status: { equals: 'paid' } }, { giftAid: { exists: true } }, { giftAidClaim: { exists: false } }],
}

/** The oldest claimable donations first, at most one schedule's worth. */
export async function claimableDonations(payload: Payload, req?: PayloadRequest, limit = maxDonationsPerClaim): Promise<Donation[]> {
  const found: Donation[] = []
  for (let page = 1; found.length < limit; page += 1) {
    const batch = await payload.find({ collection: donationsSlug, where: candidates, sort: 'paidAt', depth: 1, limit: 500, page, overrideAccess: true, req })
    found.push(...batch.docs.filter(isClaimable))
    if (!batch.hasNextPage) break
  }
  return found.slice(0, limit)
}

async function donationsIn(payload: Payload, claimId: number | string, req?: PayloadRequest): Promise<Donation[]> {
  const { docs } = await payload.find({
    collection: donationsSlug,
    where: { giftAidClaim: { equals: claimId } },
    sort: 'paidAt',
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

/** Recounts a claim from the donations tied to it (after filling, or after a refund took one out). */
export async function recountClaim(payload: Payload, claimId: number | string, req?: PayloadRequest) {
  const donations = await donationsIn(payload, claimId, req)
  const totalPence = donations.reduce((sum, donation) => sum + claimablePence(donation), 0)
  const totals = { donationCount: donations.length, totalPence, giftAidPence: giftAidOn(totalPence) }
  await payload.update({ collection: giftAidClaimsSlug, id: claimId, data: totals, depth: 0, overrideAccess: true, req })
  return totals
}

/**
 * Ties the claimable donations to a new claim. The update only takes donations still unclaimed,
 * so two claims prepared at the same moment never share one.
 */
/** Claims in this process are filled one at a time, so two prepared at once never pick the same donations. */
let filling: Promise<unknown> = Promise.resolve()

export function fillClaim(payload: Payload, claimId: number | string, req?: PayloadRequest) {
  const run = filling.then(() => fillClaimNow(payload, claimId, req))
  filling = run.catch(() => undefined)
  return run
}

async function fillClaimNow(payload: Payload, claimId: number | string, req?: PayloadRequest) {
  const ids = (await claimableDonations(payload, req)).map((donation) => donation.id)
  if (ids.length) {
    await payload.update({
      collection: donationsSlug,
      where: { and: [{ id: { in: ids } }, { giftAidClaim: { exists: false } }] },
      data: { giftAidClaim: Number(claimId) },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return recountClaim(payload, claimId, req)
}

/** A prepared claim deleted: its donations become claimable again. */
export async function releaseClaim(payload: Payload, claimId: number | string, req?: PayloadRequest): Promise<void> {
  await payload.update({
    collection: donationsSlug,
    where: { giftAidClaim: { equals: claimId } },
    data: { giftAidClaim: null },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

type StoredRow = Omit<ClaimDonation, 'date'> & { date: string }

const fromDonation = (donation: Donation): ClaimDonation[] => {
  const declaration = declarationOf(donation)
  if (!declaration || !donation.paidAt || !qualifies(donation)) return []
  return [
    {
      title: declaration.title,
      firstName: declaration.firstName,
      lastName: declaration.lastName,
      houseNameOrNumber: declaration.houseNameOrNumber,
      postcode: declaration.postcode,
      date: new Date(donation.paidAt),
      amountPence: claimablePence(donation),
    },
  ]
}

/**
 * The rows of a claim's schedule, in the shape the HMRC formatter takes. The first download fixes
 * them (they may be with HMRC from then on): every later download serves the same rows, and later
 * refunds or cancellations are flagged on the donations instead (see flagOrRelease).
 */
export async function claimSchedule(payload: Payload, claimId: number | string, req?: PayloadRequest): Promise<ClaimDonation[]> {
  const claim = await payload.findByID({ collection: giftAidClaimsSlug, id: claimId, depth: 0, overrideAccess: true, req })
  const stored = Array.isArray(claim.schedule) ? (claim.schedule as StoredRow[]) : undefined
  if (stored) return stored.map((row) => ({ ...row, date: new Date(row.date) }))
  return fixSchedule(payload, claimId, req)
}

/** Builds the schedule from the claim's donations and keeps it with the claim for good. */
export async function fixSchedule(payload: Payload, claimId: number | string, req?: PayloadRequest): Promise<ClaimDonation[]> {
  const rows = (await donationsIn(payload, claimId, req)).flatMap(fromDonation)
  const schedule: StoredRow[] = rows.map((row) => ({ ...row, date: row.date.toISOString() }))
  await payload.db.updateOne({ collection: giftAidClaimsSlug, id: claimId, data: { schedule, downloadedAt: new Date().toISOString() }, req })
  return rows
}

/**
 * Something changed a donation's Gift Aid after it went into a claim (a refund, a cancelled
 * declaration). While the claim's schedule has not been downloaded, the donation simply leaves it
 * (claimable again for what is left, if anything); once downloaded, the schedule may be with HMRC,
 * so the donation is flagged for staff to adjust their next claim instead.
 */
export async function flagOrRelease(payload: Payload, donation: Donation, reason: string, req?: PayloadRequest): Promise<void> {
  const claimId = typeof donation.giftAidClaim === 'object' ? donation.giftAidClaim?.id : donation.giftAidClaim
  if (!claimId) return
  const claim = await payload.findByID({ collection: giftAidClaimsSlug, id: claimId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (claim && (claim.status === 'claimed' || claim.downloadedAt)) {
    await payload.update({ collection: donationsSlug, id: donation.id, data: { claimAdjustment: reason }, depth: 0, overrideAccess: true, req })
    return
  }
  await payload.update({ collection: donationsSlug, id: donation.id, data: { giftAidClaim: null }, depth: 0, overrideAccess: true, req })
  if (claim) await recountClaim(payload, claim.id, req)
}

/**
 * A declaration cancelled (from a date the donor gave, which may be in the past): its donations
 * from that date on leave any claim not yet downloaded, or are flagged if it may be with HMRC.
 */
export async function declarationCancelled(payload: Payload, declarationId: number, cancelledAt: string, req?: PayloadRequest): Promise<void> {
  const { docs } = await payload.find({
    collection: donationsSlug,
    where: { and: [{ giftAid: { equals: declarationId } }, { giftAidClaim: { exists: true } }, { paidAt: { greater_than_equal: cancelledAt } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const donation of docs) {
    await flagOrRelease(payload, donation, `Gift Aid declaration cancelled from ${cancelledAt.slice(0, 10)}, after the claim's schedule was downloaded or sent.`, req)
  }
}
