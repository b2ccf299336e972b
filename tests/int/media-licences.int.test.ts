import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LicenceExpiryCell } from '../../src/features/media/admin/LicenceExpiryCell'
import { LicenceWarnings } from '../../src/features/media/admin/LicenceWarnings'
import { sendLicenceReminders } from '../../src/features/media/licence-reminders'
import { plainPng } from '../helpers/images'
import { setUpCharity } from '../helpers/sign-up'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  await setUpCharity(t.payload)
})
afterAll(() => t?.close())

const day = 24 * 60 * 60 * 1000
const daysFromNow = (days: number) => new Date(Date.now() + days * day).toISOString()

const image = async (alt: string, licenceExpiresOn?: string) =>
  t.payload.create({ collection: 'media', data: { alt, credit: `${alt} Photographer`, licence: 'Licensed for web use', licenceExpiresOn }, file: await plainPng() })

const licenceMails = async () =>
  (await t.payload.find({ collection: 'mail-outbox', where: { category: { equals: 'licence-expiry' } }, overrideAccess: true, pagination: false, sort: 'createdAt' })).docs

describe('images whose licence has ended or ends soon', () => {
  it('are flagged above the media list and in its licence column', async () => {
    // Nothing to flag: no banner at all.
    expect(await LicenceWarnings({ payload: t.payload })).toBeNull()
    await image('Harbour at dawn', daysFromNow(-3))
    await image('Field workers', daysFromNow(10))
    await image('City skyline', daysFromNow(200))
    const banner = renderToStaticMarkup(await LicenceWarnings({ payload: t.payload }))
    expect(banner.replace(/<[^>]+>/g, '')).toContain('1 image has an expired licence: replace it or renew the licence.')
    expect(banner.replace(/<[^>]+>/g, '')).toContain('1 image has a licence ending within 30 days')
    expect(banner).toContain('href="/admin/collections/media?where%5BlicenceExpiresOn%5D%5Bless_than_equal%5D=')

    expect(renderToStaticMarkup(LicenceExpiryCell({ cellData: daysFromNow(-3) }))).toContain('Expired')
    expect(renderToStaticMarkup(LicenceExpiryCell({ cellData: daysFromNow(10) }))).toContain('Expires soon')
    expect(renderToStaticMarkup(LicenceExpiryCell({ cellData: daysFromNow(200) }))).not.toMatch(/Expire/)
  })

  it('are e-mailed to every admin and editor once per expiry date, by the hourly staff reminder job', async () => {
    await createStaff(t.payload, 'admin')
    await createStaff(t.payload, 'editor')
    await createStaff(t.payload, 'fundraiser')
    const editors = (await t.payload.count({ collection: 'users', where: { role: { in: ['admin', 'editor'] } } })).totalDocs

    await t.payload.jobs.queue({ task: 'storyConsent', input: {} })
    await t.payload.jobs.run()
    const mails = await licenceMails()
    expect(mails).toHaveLength(editors)
    const [mail] = mails
    expect(mail?.subject).toBe('Image licences to check')
    expect(mail?.text).toContain('“Harbour at dawn” (© Harbour at dawn Photographer): the licence ended on')
    expect(mail?.text).toContain('“Field workers” (© Field workers Photographer): the licence ends on')
    expect(mail?.text).not.toContain('City skyline')
    expect(mail?.text).toContain('/admin/collections/media?where')

    // Nothing new: nothing sent.
    expect(await sendLicenceReminders(t.payload, t.env.SITE_URL)).toBe(0)
    // A licence renewed to a new date that is again near is reported again, on its own.
    const { docs } = await t.payload.find({ collection: 'media', where: { alt: { equals: 'Field workers' } } })
    await t.payload.update({ collection: 'media', id: docs[0]?.id ?? 0, data: { licenceExpiresOn: daysFromNow(25) } })
    expect(await sendLicenceReminders(t.payload, t.env.SITE_URL)).toBe(editors)
    const latest = (await licenceMails()).at(-1)
    expect(latest?.text).toContain('Field workers')
    expect(latest?.text).not.toContain('Harbour at dawn')
  })

  it('never shows the reminder bookkeeping to the public API', async () => {
    const { docs } = await t.payload.find({ collection: 'media', overrideAccess: false })
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect('licenceReminderSentFor' in doc).toBe(false)
  })
})
