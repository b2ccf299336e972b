import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimEndpoints } from '../../src/features/donations/staff/claim-endpoints'
import type { User } from '../../src/payload-types'
import { deliver, donationBody, giftAidFields, giveOnce, postDonation, startDonationsTest, type DonationsTest } from '../helpers/donations'
import { createStaff } from '../helpers/staff'

let world: DonationsTest
let payload: Payload
let fundraiser: User
let editor: User
beforeAll(async () => {
  world = await startDonationsTest()
  payload = world.t.payload
  fundraiser = await createStaff(payload, 'fundraiser')
  editor = await createStaff(payload, 'editor')
}, 60_000)
afterAll(() => world?.close())

/** Calls a claim endpoint as a member of staff, as the admin's download link does. */
async function download(user: User, claimId: number, file: 'schedule.csv' | 'schedule.ods') {
  const endpoint = claimEndpoints.find((candidate) => candidate.path === `/:id/${file}`)
  if (!endpoint) throw new Error(`no endpoint ${file}`)
  const req = (await createLocalReq({ user: { ...user, collection: 'users' } }, payload))
  req.routeParams = { id: String(claimId) }
  return endpoint.handler(req)
}

/** A paid one-off donation with a declaration, written straight to the database. */
async function insertPaidDonation(input: { firstName: string; lastName: string; house: string; postcode: string; amountPence: number }) {
  const declaration = await payload.create({
    collection: 'gift-aid-declarations',
    data: { firstName: input.firstName, lastName: input.lastName, houseNameOrNumber: input.house, postcode: input.postcode, email: 'import@example.org', scope: 'enduring', declaredAt: new Date().toISOString(), wordingVersion: 'import', wording: 'Imported declaration', locale: 'en' },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'donations',
    data: { amountPence: input.amountPence, currency: 'gbp', frequency: 'one-off', status: 'paid', paidAt: new Date().toISOString(), firstName: input.firstName, lastName: input.lastName, email: 'import@example.org', locale: 'en', giftAid: declaration.id },
    overrideAccess: true,
  })
}

const prepareClaim = (user: User) => payload.create({ collection: 'gift-aid-claims', data: { status: 'prepared' }, user, overrideAccess: false })

const csvRows = async (user: User, claimId: number) => (await (await download(user, claimId, 'schedule.csv')).text()).trim().split('\r\n')

describe('Gift Aid claims', () => {
  it('puts only paid, unrefunded, unclaimed donations with a valid declaration in a claim, formatted as HMRC asks', async () => {
    await giveOnce(world, { ...giftAidFields, firstName: 'Anne-Marie', lastName: "O'Brien-Smith", email: 'anne@example.org', amount: '', otherAmount: '12.5' })
    await giveOnce(world, { ...giftAidFields, title: '', firstName: 'Zoë', lastName: 'Łukaszewicz', postcode: 'e1 6an', house: '=HYPERLINK("http://x")', email: 'zoe@example.org' })
    // The form refuses such names, but records can come from elsewhere (an import): the export must be safe anyway.
    await insertPaidDonation({ firstName: '+Plus', lastName: '@Risky', house: '-1', postcode: 'N1 9GU', amountPence: 300 })
    const refunded = await giveOnce(world, { ...giftAidFields, firstName: 'Refunded', lastName: 'Donor', email: 'refund@example.org' })
    await giveOnce(world, { firstName: 'No', lastName: 'GiftAid', email: 'nogift@example.org' })
    // A cancelled declaration: donations after the cancellation date are not claimable.
    await giveOnce(world, { ...giftAidFields, firstName: 'Cancelled', lastName: 'Declaration', email: 'cancelled@example.org' })
    const [cancelledDeclaration] = (await payload.find({ collection: 'gift-aid-declarations', where: { email: { equals: 'cancelled@example.org' } }, overrideAccess: true })).docs
    await payload.update({ collection: 'gift-aid-declarations', id: Number(cancelledDeclaration?.id), data: { cancelledAt: new Date(Date.now() - 60 * 60 * 1000).toISOString() }, user: fundraiser, overrideAccess: false })
    // A pending gift (Checkout never finished) is never claimed.
    expect((await postDonation(world.site, donationBody(world.t.env.PAYLOAD_SECRET, 'Freedom Line', { ...giftAidFields, email: 'pending@example.org' }))).status).toBe(303)

    // A refund arrives before the claim is prepared.
    expect((await deliver(world.site, world.stripe, world.stripe.refund(refunded.paymentIntentId))).status).toBe(200)

    const claim = await prepareClaim(fundraiser)
    expect(claim).toMatchObject({ status: 'prepared', donationCount: 3, totalPence: 1250 + 2500 + 300, giftAidPence: 1012 })
    const rows = await csvRows(fundraiser, claim.id)
    expect(rows[0]).toBe('Title,First name,Last name,House name or number,Postcode,Aggregated donations,Sponsored event,Donation date,Amount')
    const day = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: '2-digit', timeZone: 'Europe/London' }).format(new Date())
    expect(rows.slice(1).sort()).toEqual([
      `,Plus,Risky,1,N1 9GU,,,${day},3.00`,
      `,Zoe,Lukaszewicz,"HYPERLINK(""http://x"")",E1 6AN,,,${day},25.00`,
      `Ms,Anne Marie,O'Brien Smith,12,SW1A 1AA,,,${day},12.50`,
    ])

    const ods = await download(fundraiser, claim.id, 'schedule.ods')
    expect(ods.headers.get('content-type')).toBe('application/vnd.oasis.opendocument.spreadsheet')
    expect(ods.headers.get('cache-control')).toBe('private, no-store')
    const bytes = Buffer.from(await ods.arrayBuffer())
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype')
    expect(bytes.subarray(38, 84).toString()).toBe('application/vnd.oasis.opendocument.spreadsheet')

    // Nothing claimable is left, so a second claim is empty: no donation is ever claimed twice.
    const second = await prepareClaim(fundraiser)
    expect(second.donationCount).toBe(0)
  })

  it('refuses to mark a claim as claimed without HMRC’s reference, then fixes it for good', async () => {
    const [claim] = (await payload.find({ collection: 'gift-aid-claims', where: { donationCount: { greater_than: 0 } }, overrideAccess: true })).docs
    const id = Number(claim?.id)
    await expect(payload.update({ collection: 'gift-aid-claims', id, data: { status: 'claimed' }, user: fundraiser, overrideAccess: false })).rejects.toThrow('Enter the reference HMRC gave this claim')
    const claimed = await payload.update({ collection: 'gift-aid-claims', id, data: { status: 'claimed', reference: 'GA-2026-001' }, user: fundraiser, overrideAccess: false })
    expect(claimed.claimedAt).toBeTruthy()
    await expect(payload.update({ collection: 'gift-aid-claims', id, data: { reference: 'GA-2026-002' }, user: fundraiser, overrideAccess: false })).rejects.toThrow('can no longer change')
    await expect(payload.delete({ collection: 'gift-aid-claims', id, user: fundraiser, overrideAccess: false })).rejects.toThrow('cannot be deleted')
  })

  it('takes a refund out of a claim not yet downloaded, and only flags one whose schedule may be with HMRC', async () => {
    const late = await giveOnce(world, { ...giftAidFields, firstName: 'Late', lastName: 'Refund', email: 'late-refund@example.org' })
    const prepared = await prepareClaim(fundraiser)
    expect(prepared.donationCount).toBe(1)
    await deliver(world.site, world.stripe, world.stripe.refund(late.paymentIntentId, 1000))
    const donationOf = async (email: string) => (await payload.find({ collection: 'donations', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })).docs[0]
    expect(await donationOf('late-refund@example.org')).toMatchObject({ status: 'paid', refundedPence: 1000, giftAidClaim: null })
    expect((await payload.findByID({ collection: 'gift-aid-claims', id: prepared.id, overrideAccess: true })).donationCount).toBe(0)
    // Claimable again for what was kept (£15), in the next claim.
    const next = await prepareClaim(fundraiser)
    expect(next).toMatchObject({ donationCount: 1, totalPence: 1500 })
    const firstDownload = await csvRows(fundraiser, next.id)
    expect(firstDownload[1]).toMatch(/,15\.00$/)
    // Downloaded: the schedule may be with HMRC now. A further refund is flagged, the file stays the same.
    await deliver(world.site, world.stripe, world.stripe.refund(late.paymentIntentId, 500))
    const flagged = await donationOf('late-refund@example.org')
    expect(flagged).toMatchObject({ refundedPence: 1500, giftAidClaim: next.id })
    expect(flagged?.claimAdjustment).toMatch(/^Refunded £15\.00 on \d{4}-\d{2}-\d{2}, after the claim/)
    expect(await csvRows(fundraiser, next.id)).toEqual(firstDownload)
    await expect(payload.delete({ collection: 'gift-aid-claims', id: next.id, user: fundraiser, overrideAccess: false })).rejects.toThrow('may be with HMRC')

    // A claim marked claimed keeps its schedule even when a donation in it is wholly refunded later.
    const [claimed] = (await payload.find({ collection: 'gift-aid-claims', where: { status: { equals: 'claimed' } }, overrideAccess: true })).docs
    const before = await csvRows(fundraiser, Number(claimed?.id))
    const [inClaimed] = (await payload.find({ collection: 'donations', where: { giftAidClaim: { equals: claimed?.id }, paymentIntentId: { exists: true } }, overrideAccess: true })).docs
    await deliver(world.site, world.stripe, world.stripe.refund(String(inClaimed?.paymentIntentId)))
    const after = await payload.findByID({ collection: 'donations', id: Number(inClaimed?.id), overrideAccess: true, depth: 0 })
    expect(after).toMatchObject({ status: 'refunded', giftAidClaim: claimed?.id })
    expect(after.claimAdjustment).toContain('Refunded')
    expect(await csvRows(fundraiser, Number(claimed?.id))).toEqual(before)
  })

  it('takes donations out of a prepared claim when their declaration is cancelled from an earlier date', async () => {
    await giveOnce(world, { ...giftAidFields, firstName: 'Changed', lastName: 'Mind', email: 'changed-mind@example.org' })
    const claim = await prepareClaim(fundraiser)
    expect(claim.donationCount).toBe(1)
    const [declaration] = (await payload.find({ collection: 'gift-aid-declarations', where: { email: { equals: 'changed-mind@example.org' } }, overrideAccess: true })).docs
    // The donor phoned yesterday; staff record the cancellation from then.
    await payload.update({ collection: 'gift-aid-declarations', id: Number(declaration?.id), data: { cancelledAt: new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString() }, user: fundraiser, overrideAccess: false })
    expect((await payload.findByID({ collection: 'gift-aid-claims', id: claim.id, overrideAccess: true })).donationCount).toBe(0)
    expect((await prepareClaim(fundraiser)).donationCount).toBe(0)
  })

  it('lets only admins and fundraisers see donations, declarations and claims', async () => {
    const [claim] = (await payload.find({ collection: 'gift-aid-claims', overrideAccess: true })).docs
    expect((await download(editor, Number(claim?.id), 'schedule.csv')).status).toBe(403)
    for (const collection of ['donations', 'gift-aid-declarations', 'gift-aid-claims', 'regular-gifts', 'stripe-events', 'payment-alerts'] as const) {
      await expect(payload.find({ collection, user: editor, overrideAccess: false })).rejects.toThrow()
      // The public (no user) reads nothing either, through the REST API or any other way.
      await expect(payload.find({ collection, overrideAccess: false })).rejects.toThrow()
    }
    expect((await payload.find({ collection: 'donations', user: fundraiser, overrideAccess: false })).totalDocs).toBeGreaterThan(0)
    // Tokens and keys stay on the server, even for an admin.
    const admin = await createStaff(payload, 'admin')
    const [donation] = (await payload.find({ collection: 'donations', user: admin, overrideAccess: false, limit: 1 })).docs
    expect(donation).toBeDefined()
    expect(donation).not.toHaveProperty('returnTokenHash')
    // A declaration is evidence: staff can cancel it but not rewrite it.
    const [declaration] = (await payload.find({ collection: 'gift-aid-declarations', overrideAccess: true })).docs
    const updated = await payload.update({ collection: 'gift-aid-declarations', id: Number(declaration?.id), data: { lastName: 'Changed', postcode: 'N1 1AA' }, user: fundraiser, overrideAccess: false })
    expect(updated.lastName).toBe(declaration?.lastName)
    expect(updated.postcode).toBe(declaration?.postcode)
    await expect(payload.create({ collection: 'donations', data: { amountPence: 100, currency: 'gbp', frequency: 'one-off', status: 'paid', firstName: 'x', lastName: 'y', email: 'x@y.z', locale: 'en' }, user: fundraiser, overrideAccess: false })).rejects.toThrow()
  })
})
