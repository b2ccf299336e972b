import type { Payload, TaskConfig } from 'payload'
import { translator } from '../../i18n'
import { defaultLocale } from '../../site/locales'
import { queueMail, renderMail } from '../mail'
import { sendLicenceReminders } from '../media/licence-reminders'

export const reviewWarningDays = 30
const day = 24 * 60 * 60 * 1000

/**
 * Unpublishes every published story whose consent review date has passed (the afterChange hook
 * then drops every cached page that showed it). Withdrawals take effect on save; this catches
 * the consent that lapsed with nobody touching the story.
 */
export async function takeDownLapsedStories(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'stories',
    where: { and: [{ _status: { equals: 'published' } }, { or: [{ 'consent.reviewBy': { less_than_equal: now.toISOString() } }, { 'consent.withdrawnOn': { less_than_equal: now.toISOString() } }] }] },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    select: { consent: true },
  })
  for (const story of docs) {
    await payload.update({ collection: 'stories', id: story.id, data: { _status: 'draft' }, overrideAccess: true, context: { storyTakeDown: true } })
  }
  return docs.length
}

/**
 * E-mails every admin and editor once per review date of a published story, 30 days before it, so consent can be
 * reviewed with the person before the story has to come down. Staff mail is in English (staff
 * accounts have no language of their own yet).
 */
export async function sendReviewReminders(payload: Payload, siteUrl: string, now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + reviewWarningDays * day).toISOString()
  const [{ docs: stories }, { docs: staff }, settings] = await Promise.all([
    payload.find({
      collection: 'stories',
      where: { and: [{ _status: { equals: 'published' } }, { 'consent.reviewBy': { greater_than: now.toISOString() } }, { 'consent.reviewBy': { less_than_equal: horizon } }] },
      depth: 0,
      limit: 500,
      pagination: false,
      overrideAccess: true,
    }),
    payload.find({ collection: 'users', where: { role: { in: ['admin', 'editor'] } }, depth: 0, limit: 500, pagination: false, overrideAccess: true }),
    payload.findGlobal({ slug: 'site-settings', depth: 0, select: { charityName: true } }),
  ])
  const t = translator(defaultLocale)
  let sent = 0
  for (const story of stories) {
    const reviewBy = story.consent?.reviewBy
    if (!reviewBy || story.consent?.reviewReminderSentFor === reviewBy) continue
    const date = reviewBy.slice(0, 10)
    for (const person of staff) {
      const { html, text } = renderMail({
        locale: defaultLocale,
        charityName: settings.charityName,
        heading: t('stories.reviewMail.heading', { name: story.displayName }),
        paragraphs: [t('stories.reviewMail.body', { name: story.displayName, date }), t('stories.reviewMail.takedown')],
        action: { label: t('stories.reviewMail.action'), url: `${siteUrl}/admin/collections/stories/${story.id}` },
      })
      await queueMail(payload, {
        to: person.email,
        subject: t('stories.reviewMail.heading', { name: story.displayName }),
        html,
        text,
        locale: defaultLocale,
        idempotencyKey: `story-review:${story.id}:${date}:${person.id}`,
        category: 'consent-review',
      })
      sent += 1
    }
    // Recorded on the current document only; the flag is bookkeeping, not content.
    await payload.db.updateOne({ collection: 'stories', id: story.id, data: { consent: { ...story.consent, reviewReminderSentFor: reviewBy } } })
  }
  return sent
}

export const storyConsentTask: TaskConfig<'storyConsent'> = {
  slug: 'storyConsent',
  label: 'Take down stories whose consent lapsed; remind staff of consent reviews and image licences due in 30 days',
  // Every hour on the hour (seconds first in Payload's cron): a lapsed story is down within the hour
  // even with no edit, and its cached pages already expire on the review date.
  schedule: [{ cron: '0 0 * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'takenDown', type: 'number', required: true },
    { name: 'reminders', type: 'number', required: true },
    { name: 'licenceReminders', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({
    output: {
      takenDown: await takeDownLapsedStories(req.payload),
      reminders: await sendReviewReminders(req.payload, req.payload.config.serverURL),
      licenceReminders: await sendLicenceReminders(req.payload, req.payload.config.serverURL),
    },
  }),
}
