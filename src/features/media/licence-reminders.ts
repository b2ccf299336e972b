import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { translator } from '../../i18n'
import { defaultLocale } from '../../site/locales'
import { queueMail, renderMail } from '../mail'
import { licenceHorizon, licenceState } from './licence'

/** The media list in the admin, showing only images whose licence has ended or ends soon. */
export function expiringLicencesListUrl(siteUrl: string, now: Date = new Date()): string {
  const query = new URLSearchParams({ 'where[licenceExpiresOn][less_than_equal]': licenceHorizon(now).toISOString(), sort: 'licenceExpiresOn' })
  return `${siteUrl}/admin/collections/media?${query}`
}

/**
 * E-mails every admin and editor one list of the images whose licence has ended or ends within
 * 30 days, each image once per expiry date (a renewed licence with a new date is reported again
 * when that one draws near). Staff mail is in English: staff accounts have no language setting.
 */
export async function sendLicenceReminders(payload: Payload, siteUrl: string, now = new Date()): Promise<number> {
  const [{ docs: images }, { docs: staff }, settings] = await Promise.all([
    payload.find({
      collection: 'media',
      where: { licenceExpiresOn: { less_than_equal: licenceHorizon(now).toISOString() } },
      sort: 'licenceExpiresOn',
      depth: 0,
      limit: 500,
      pagination: false,
      overrideAccess: true,
      select: { alt: true, filename: true, credit: true, licenceExpiresOn: true, licenceReminderSentFor: true },
    }),
    payload.find({ collection: 'users', where: { role: { in: ['admin', 'editor'] } }, depth: 0, limit: 500, pagination: false, overrideAccess: true }),
    payload.findGlobal({ slug: 'site-settings', depth: 0, select: { charityName: true } }),
  ])
  const due = images.filter((image) => image.licenceExpiresOn && image.licenceReminderSentFor !== image.licenceExpiresOn)
  if (!due.length) return 0
  const t = translator(defaultLocale)
  const lines = due.map((image) => {
    const values = { name: image.alt || image.filename || `#${image.id}`, credit: image.credit, date: (image.licenceExpiresOn ?? '').slice(0, 10) }
    return t(licenceState(image.licenceExpiresOn, now) === 'expired' ? 'mediaLicence.mail.expired' : 'mediaLicence.mail.expiring', values)
  })
  const { html, text } = renderMail({
    locale: defaultLocale,
    charityName: settings.charityName,
    heading: t('mediaLicence.mail.heading'),
    paragraphs: [t('mediaLicence.mail.body'), ...lines],
    action: { label: t('mediaLicence.mail.action'), url: expiringLicencesListUrl(siteUrl, now) },
  })
  // One message per person and set of images: a second run with nothing new sends nothing.
  const batch = createHash('sha256')
    .update(due.map((image) => `${image.id}:${image.licenceExpiresOn}`).join(','))
    .digest('hex')
    .slice(0, 16)
  let sent = 0
  for (const person of staff) {
    await queueMail(payload, {
      to: person.email,
      subject: t('mediaLicence.mail.heading'),
      html,
      text,
      locale: defaultLocale,
      idempotencyKey: `licence-expiry:${batch}:${person.id}`,
      category: 'licence-expiry',
    })
    sent += 1
  }
  // Bookkeeping on the current document only (no new version, no cache invalidation).
  for (const image of due) {
    await payload.db.updateOne({ collection: 'media', id: image.id, data: { licenceReminderSentFor: image.licenceExpiresOn } })
  }
  return sent
}
