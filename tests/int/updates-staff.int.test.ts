import type { Hono } from 'hono'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { supporterEndpoints } from '../../src/features/updates/staff/endpoints'
import { deleteUnconfirmedSignUps } from '../../src/features/updates/jobs/delete-unconfirmed'
import type { User } from '../../src/payload-types'
import { postForm, setUpCharity, signUpBody } from '../helpers/sign-up'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite } from '../helpers/test-site'

let t: TestPayload
let site: Hono
const staff: Record<string, User> = {}
beforeAll(async () => {
  delete process.env.SMTP_URL
  t = await startTestPayload()
  await setUpCharity(t.payload)
  site = createTestSite({ payload: t.payload, env: { ...t.env, RATE_LIMITS: 'off' } }).app
  for (const role of ['admin', 'editor', 'fundraiser', 'viewer'] as const) staff[role] = await createStaff(t.payload, role)
})
afterAll(async () => {
  await t?.close()
})

async function signUp(email: string, firstName = '') {
  const response = await postForm(site, '/updates', await signUpBody(t.payload, t.env.PAYLOAD_SECRET, { email, firstName }))
  expect(response.status).toBe(303)
  const { docs } = await t.payload.find({ collection: 'supporters', where: { emailKey: { equals: email.toLowerCase() } }, overrideAccess: true })
  if (!docs[0]) throw new Error(`no supporter for ${email}`)
  return docs[0]
}

/** Calls a supporters endpoint as this member of staff, the way Payload's REST handler does. */
async function callEndpoint(payload: Payload, path: string, user: User, id?: number) {
  const endpoint = supporterEndpoints.find((candidate) => candidate.path === path)
  if (!endpoint) throw new Error(`no endpoint ${path}`)
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  req.routeParams = id === undefined ? {} : { id: String(id) }
  return endpoint.handler(req)
}

describe('who sees supporters', () => {
  it('admins and fundraisers read supporters and the ledger; editors and viewers get nothing', async () => {
    await signUp('visible@example.org')
    for (const role of ['admin', 'fundraiser'] as const) {
      const supporters = await t.payload.find({ collection: 'supporters', user: staff[role], overrideAccess: false })
      expect(supporters.totalDocs, role).toBeGreaterThan(0)
      const consents = await t.payload.find({ collection: 'consents', user: staff[role], overrideAccess: false })
      expect(consents.totalDocs, role).toBeGreaterThan(0)
    }
    for (const role of ['editor', 'viewer'] as const) {
      await expect(t.payload.find({ collection: 'supporters', user: staff[role], overrideAccess: false }), role).rejects.toThrow()
      await expect(t.payload.find({ collection: 'consents', user: staff[role], overrideAccess: false }), role).rejects.toThrow()
      expect((await callEndpoint(t.payload, '/export.csv', staff[role] as User)).status).toBe(403)
    }
  })

  it('never shows token hashes or keys, even to admins', async () => {
    const { docs } = await t.payload.find({ collection: 'supporters', user: staff.admin, overrideAccess: false })
    const json = JSON.stringify(docs)
    for (const secret of ['confirmTokenHash', 'manageKey', 'manageTokenHash', 'emailKey', 'suppressionHash']) expect(json).not.toContain(secret)
  })

  it('shows each supporter’s consent history on their record', async () => {
    const supporter = await signUp('history@example.org')
    const record = await t.payload.findByID({ collection: 'supporters', id: supporter.id, user: staff.fundraiser, overrideAccess: false })
    const entries = record.consents?.docs ?? []
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ kind: 'signup' })
  })
})

describe('the ledger is append-only', () => {
  it('refuses to change or delete an entry, even for the system', async () => {
    const { docs } = await t.payload.find({ collection: 'consents', limit: 1, overrideAccess: true })
    const entry = docs[0]
    if (!entry) throw new Error('no ledger entry')
    await expect(t.payload.update({ collection: 'consents', id: entry.id, data: { form: 'forged' }, overrideAccess: true })).rejects.toThrow(/append-only/)
    await expect(t.payload.delete({ collection: 'consents', id: entry.id, overrideAccess: true })).rejects.toThrow(/append-only/)
    await expect(t.payload.update({ collection: 'consents', id: entry.id, data: { form: 'forged' }, user: staff.admin, overrideAccess: false })).rejects.toThrow()
    await expect(t.payload.create({ collection: 'consents', data: { kind: 'signup' }, user: staff.admin, overrideAccess: false })).rejects.toThrow()
    expect((await t.payload.findByID({ collection: 'consents', id: entry.id, overrideAccess: true })).form).toBe(entry.form)
  })
})

describe('exports', () => {
  it('exports a CSV that a spreadsheet cannot run', async () => {
    const supporter = await signUp('formula@example.org')
    await t.payload.db.updateOne({ collection: 'supporters', id: supporter.id, data: { firstName: '=HYPERLINK("http://evil.example","click")' } })
    const response = await callEndpoint(t.payload, '/export.csv', staff.fundraiser as User)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const csv = await response.text()
    expect(csv.split('\r\n')[0]).toBe('id,email,first_name,status,language,topics,signed_up,confirmed,unsubscribed')
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`)
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m)
  })

  it('exports one person’s data as JSON, with their consent history and e-mails', async () => {
    const supporter = await signUp('access@example.org', 'Mira')
    const response = await callEndpoint(t.payload, '/:id/personal-data', staff.admin as User, supporter.id)
    expect(response.status).toBe(200)
    const data = (await response.json()) as { supporter: { email: string; firstName: string }; consentHistory: { kind: string }[]; emailsSent: { subject: string }[] }
    expect(data.supporter).toMatchObject({ email: 'access@example.org', firstName: 'Mira' })
    expect(data.consentHistory.map((entry) => entry.kind)).toEqual(['signup'])
    expect(data.emailsSent[0]?.subject).toBe('Confirm your sign-up to Freedom Line')
    expect(JSON.stringify(data)).not.toContain('TokenHash')
    // What the same address did elsewhere on the site is part of the answer too.
    expect(data).toMatchObject({ petitionsSigned: [], donations: [], monthlyGifts: [], giftAidDeclarations: [], updatesSent: [] })
  })
})

describe('erasure and retention', () => {
  it('erases a person: data gone, ledger anonymised, their address sent nothing at a later sign-up', async () => {
    const supporter = await signUp('erase.me@example.org', 'Eve')
    const response = await callEndpoint(t.payload, '/:id/erase', staff.admin as User, supporter.id)
    expect(response.status).toBe(200)
    const erased = await t.payload.findByID({ collection: 'supporters', id: supporter.id, overrideAccess: true })
    expect(erased).toMatchObject({ status: 'erased', email: null, firstName: null, emailKey: null })
    const ledger = await t.payload.find({ collection: 'consents', where: { supporter: { equals: supporter.id } }, overrideAccess: true, sort: 'createdAt' })
    expect(ledger.docs.map((entry) => entry.kind)).toEqual(['signup', 'erasure'])
    expect(JSON.stringify(ledger.docs)).not.toMatch(/erase\.me|Eve/i)
    expect((await t.payload.count({ collection: 'mail-outbox', where: { to: { equals: 'erase.me@example.org' } }, overrideAccess: true })).totalDocs).toBe(0)

    const again = await postForm(site, '/updates', await signUpBody(t.payload, t.env.PAYLOAD_SECRET, { email: 'Erase.Me@example.org' }))
    expect(again.headers.get('location')).toBe('/updates/check-your-email')
    expect((await t.payload.count({ collection: 'supporters', where: { emailKey: { equals: 'erase.me@example.org' } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await t.payload.count({ collection: 'mail-outbox', where: { to: { like: 'erase.me' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('deletes sign-ups left unconfirmed for 30 days and keeps their ledger entries, anonymised', async () => {
    const pending = await signUp('never.confirmed@example.org')
    expect(await deleteUnconfirmedSignUps(t.payload, Date.now() + 29 * 86_400_000)).toBe(0)
    const deleted = await deleteUnconfirmedSignUps(t.payload, Date.now() + 31 * 86_400_000)
    expect(deleted).toBeGreaterThan(0)
    expect(await t.payload.findByID({ collection: 'supporters', id: pending.id, overrideAccess: true, disableErrors: true })).toBeNull()
    const orphaned = await t.payload.find({ collection: 'consents', where: { supporter: { exists: false } }, overrideAccess: true })
    expect(orphaned.docs.some((entry) => entry.kind === 'signup')).toBe(true)
  })
})

describe('consent wording', () => {
  it('each save is a new version; forms show the current one and the ledger records the one shown', async () => {
    const shownBefore = await (await site.request('/updates')).text()
    const oldVersion = Number(/name="wording" value="(\d+)"/.exec(shownBefore)?.[1])
    await t.payload.updateGlobal({ slug: 'consent-wording', data: { text: 'We will write to you every week about our campaigns.' }, user: staff.fundraiser, overrideAccess: false })
    const shownAfter = await (await site.request('/updates')).text()
    const newVersion = Number(/name="wording" value="(\d+)"/.exec(shownAfter)?.[1])
    expect(shownAfter).toContain('We will write to you every week about our campaigns.')
    expect(newVersion).toBeGreaterThan(oldVersion)
    // Every page's footer form follows at once too.
    expect(await (await site.request('/')).text()).toContain(`name="wording" value="${newVersion}"`)

    // Someone who read the old wording before the change is recorded against the old wording.
    const body = await signUpBody(t.payload, t.env.PAYLOAD_SECRET, { email: 'old.wording@example.org', wording: String(oldVersion) })
    expect((await postForm(site, '/updates', body)).status).toBe(303)
    const supporter = (await t.payload.find({ collection: 'supporters', where: { emailKey: { equals: 'old.wording@example.org' } }, overrideAccess: true })).docs[0]
    const ledger = await t.payload.find({ collection: 'consents', where: { supporter: { equals: supporter?.id } }, overrideAccess: true })
    expect(ledger.docs[0]?.wordingVersion).toBe(oldVersion)
    const old = await t.payload.findGlobalVersionByID({ slug: 'consent-wording', id: String(oldVersion), locale: 'en' })
    expect(old.version.text).not.toContain('every week')

    // A version that never existed is refused, and nothing is stored.
    const forged = await signUpBody(t.payload, t.env.PAYLOAD_SECRET, { email: 'forged@example.org', wording: '999999' })
    const response = await postForm(site, '/updates', forged)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('The wording of this form has just changed')
  })

  it('editors cannot change the wording', async () => {
    await expect(t.payload.updateGlobal({ slug: 'consent-wording', data: { text: 'x' }, user: staff.editor, overrideAccess: false })).rejects.toThrow()
  })
})
