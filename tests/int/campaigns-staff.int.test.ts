import type { Hono } from 'hono'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deleteUnconfirmedSignatures } from '../../src/features/campaigns/jobs/delete-unconfirmed-signatures'
import { signatureEndpoints } from '../../src/features/campaigns/staff/endpoints'
import { signaturesPerDay } from '../../src/features/campaigns/staff/signatures-per-day'
import type { Role } from '../../src/access/roles'
import { createCampaign, signatureBody } from '../helpers/campaigns'
import { postForm, setUpCharity } from '../helpers/sign-up'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite } from '../helpers/test-site'

let t: TestPayload
let site: Hono
beforeAll(async () => {
  t = await startTestPayload()
  await setUpCharity(t.payload)
  site = createTestSite({ payload: t.payload, env: { ...t.env, RATE_LIMITS: 'off' } }).app
}, 60_000)
afterAll(() => t?.close())

const day = 24 * 60 * 60 * 1000

async function signaturesOf(payload: Payload, campaignId: number) {
  const { docs } = await payload.find({ collection: 'signatures', where: { campaign: { equals: campaignId } }, overrideAccess: true, pagination: false, sort: 'createdAt' })
  return docs
}

/** Signs through the form; `verified` rows are then marked as confirmed and moved to the day given. */
async function sign(slug: string, campaignId: number, rows: { email: string; firstName?: string; lastName?: string; postcode?: string; country?: string; verified: boolean; signedAt?: string }[]) {
  for (const row of rows) {
    const fields = { email: row.email, firstName: row.firstName ?? 'Ana', lastName: row.lastName ?? 'Pop', postcode: row.postcode ?? '', country: row.country ?? 'GB' }
    expect((await postForm(site, `/campaigns/${slug}`, signatureBody(t.env.PAYLOAD_SECRET, fields))).status).toBe(303)
  }
  for (const doc of await signaturesOf(t.payload, campaignId)) {
    const row = rows.find((candidate) => candidate.email === doc.email)
    if (!row) continue
    await t.payload.db.updateOne({ collection: 'signatures', id: doc.id, data: { verified: row.verified, ...(row.signedAt ? { createdAt: row.signedAt } : {}) } })
  }
}

/** Calls the staff endpoint the admin's links point at, as a signed-in member of staff. */
async function staffGet(role: Role, path: '/delivery.html' | '/delivery.csv', query: string) {
  const endpoint = signatureEndpoints.find((candidate) => candidate.path === path)
  if (!endpoint) throw new Error(`no ${path} endpoint`)
  const user = await createStaff(t.payload, role)
  const req = await createLocalReq({ user: { ...user, collection: 'users' }, urlSuffix: `/api/signatures${path}?${query}` }, t.payload)
  return endpoint.handler(req)
}

describe('signatures per day', () => {
  it('counts verified signatures on the day they were signed, with quiet days as zero and a running total', async () => {
    const campaign = await createCampaign(t.payload, 'per-day')
    const now = new Date('2026-03-05T15:00:00Z')
    await sign('per-day', campaign.id, [
      { email: 'a@example.org', verified: true, signedAt: '2026-03-02T09:00:00.000Z' },
      { email: 'b@example.org', verified: true, signedAt: '2026-03-02T23:59:00.000Z' },
      { email: 'c@example.org', verified: true, signedAt: '2026-03-04T00:01:00.000Z' },
      { email: 'pending@example.org', verified: false },
    ])
    const totals = await signaturesPerDay(t.payload, campaign.id, now)
    expect(totals.verified).toBe(3)
    expect(totals.pending).toBe(1)
    expect(totals.days).toEqual([
      { day: '2026-03-02', verified: 2, total: 2 },
      { day: '2026-03-03', verified: 0, total: 2 },
      { day: '2026-03-04', verified: 1, total: 3 },
      { day: '2026-03-05', verified: 0, total: 3 },
    ])
  })

  it('is empty for a campaign nobody has signed yet', async () => {
    const campaign = await createCampaign(t.payload, 'unsigned')
    expect(await signaturesPerDay(t.payload, campaign.id)).toEqual({ verified: 0, pending: 0, days: [] })
  })
})

describe('the printable delivery list', () => {
  it('lists exactly the verified signatures with country or postcode area and date, e-mail only when asked, escaped', async () => {
    const campaign = await createCampaign(t.payload, 'printable')
    await sign('printable', campaign.id, [
      { email: 'jo@example.org', firstName: 'Jo', lastName: 'Brown', postcode: 'sw1a1aa', verified: true, signedAt: '2026-02-01T10:00:00.000Z' },
      { email: 'marie@example.org', firstName: 'Marie', lastName: 'Dubois', country: 'FR', verified: true, signedAt: '2026-02-03T10:00:00.000Z' },
      { email: 'waiting@example.org', firstName: 'Waiting', verified: false },
    ])
    // The form refuses such names; an imported or older row might not have been checked.
    const marie = (await signaturesOf(t.payload, campaign.id)).find((doc) => doc.email === 'marie@example.org')
    await t.payload.db.updateOne({ collection: 'signatures', id: marie?.id ?? 0, data: { lastName: '<script>alert(1)</script>' } })

    const response = await staffGet('fundraiser', '/delivery.html', `campaign=${campaign.id}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'sha256-/)
    const page = await response.text()
    expect(page).toContain('<h1>Campaign printable</h1>')
    expect(page).toContain('To: The Secretary of State')
    expect(page).toContain('<strong>2</strong> verified signatures')
    expect(page).toContain('<td>Jo Brown</td><td>SW1A, United Kingdom</td><td>1 February 2026</td>')
    expect(page).toContain('<td>Marie &lt;script&gt;alert(1)&lt;/script&gt;</td><td>France</td><td>3 February 2026</td>')
    expect(page).not.toContain('<script>')
    expect(page).not.toContain('Waiting')
    expect(page).not.toContain('@example.org')
    expect(page).toContain('@media print')

    const withEmail = await (await staffGet('admin', '/delivery.html', `campaign=${campaign.id}&email=1`)).text()
    expect(withEmail).toContain('<td>jo@example.org</td>')
    expect(withEmail).not.toContain('waiting@example.org')
  })

  it('marks signatures given to an earlier wording with its version', async () => {
    const campaign = await createCampaign(t.payload, 'reworded')
    await sign('reworded', campaign.id, [{ email: 'early@example.org', firstName: 'Early', verified: true }])
    await t.payload.update({ collection: 'campaigns', id: campaign.id, data: { petitionText: 'A stronger demand.' } })
    const page = await (await staffGet('admin', '/delivery.html', `campaign=${campaign.id}`)).text()
    expect(page).toContain('A stronger demand.')
    expect(page).toContain('the wording above is version 2')
    expect(page).toMatch(/<td>Early Pop<\/td>.*<td>1<\/td><\/tr>/)
  })

  it('is for admins and fundraisers only, and says which campaign is missing', async () => {
    const campaign = await createCampaign(t.payload, 'private-list')
    for (const role of ['editor', 'viewer'] as const) expect((await staffGet(role, '/delivery.html', `campaign=${campaign.id}`)).status).toBe(403)
    expect((await staffGet('admin', '/delivery.html', 'campaign=abc')).status).toBe(400)
    expect((await staffGet('admin', '/delivery.html', 'campaign=999999')).status).toBe(404)
  })
})

describe('the daily clean-up of signatures never confirmed', () => {
  it('deletes them 30 days after their last link, and keeps verified and recent ones', async () => {
    const campaign = await createCampaign(t.payload, 'clean-up')
    await sign('clean-up', campaign.id, [
      { email: 'never@example.org', verified: false },
      { email: 'confirmed@example.org', verified: true },
      { email: 'recent@example.org', verified: false },
    ])
    const rows = await signaturesOf(t.payload, campaign.id)
    const byEmail = (email: string) => rows.find((row) => row.email === email)?.id ?? 0
    const old = new Date(Date.now() - 31 * day).toISOString()
    for (const email of ['never@example.org', 'confirmed@example.org']) {
      await t.payload.db.updateOne({ collection: 'signatures', id: byEmail(email), data: { createdAt: old, updatedAt: old } })
    }
    const before = await t.payload.count({ collection: 'signatures' })
    expect(await deleteUnconfirmedSignatures(t.payload)).toBe(1)
    const left = (await signaturesOf(t.payload, campaign.id)).map((row) => row.email).sort()
    expect(left).toEqual(['confirmed@example.org', 'recent@example.org'])
    expect((await t.payload.count({ collection: 'signatures' })).totalDocs).toBe(before.totalDocs - 1)
    expect(await deleteUnconfirmedSignatures(t.payload)).toBe(0)
  })
})
