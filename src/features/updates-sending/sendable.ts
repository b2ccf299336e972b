import type { Payload } from 'payload'
import type { Update } from '../../payload-types'
import { bodyHasContent, cardsIn, type StoredBody } from './body/nodes'
import { countRecipients } from './recipients'
import { consentCoversEmail } from './story-consent'

/** Sending now, scheduling, or a test to oneself (which needs only something to read). */
export type SendIntent = 'send' | 'schedule' | 'test'
export type SendProblem = { path: string; message: string }

type Draft = Pick<Update, 'subject' | 'body' | 'audience' | 'interests' | 'language' | 'scheduledAt'>

async function cardProblems(payload: Payload, body: StoredBody, now: Date): Promise<SendProblem[]> {
  const { stories, campaigns } = cardsIn(body)
  const problems: SendProblem[] = []
  if (stories.length) {
    const { docs } = await payload.find({
      collection: 'stories',
      where: { id: { in: stories } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { displayName: true, consent: true, _status: true },
    })
    for (const story of docs) {
      if (story._status !== 'published' || !consentCoversEmail(story, now)) {
        problems.push({
          path: 'body',
          message: `The card for ${story.displayName}'s story cannot be sent: the story must be published and their consent must cover the website and e-mail. Remove the card or review the consent.`,
        })
      }
    }
    if (docs.length < stories.length) problems.push({ path: 'body', message: 'A story card shows a story that no longer exists. Remove it.' })
  }
  if (campaigns.length) {
    const { docs } = await payload.find({ collection: 'campaigns', where: { id: { in: campaigns } }, depth: 0, pagination: false, overrideAccess: true, select: { title: true, _status: true } })
    for (const campaign of docs) {
      if (campaign._status !== 'published') problems.push({ path: 'body', message: `The campaign "${campaign.title}" is not published yet: publish it or remove its card.` })
    }
    if (docs.length < campaigns.length) problems.push({ path: 'body', message: 'A campaign card shows a campaign that no longer exists. Remove it.' })
  }
  return problems
}

async function audienceProblems(payload: Payload, update: Draft): Promise<SendProblem[]> {
  if (update.audience === 'everyone') return []
  const chosen = update.interests ?? []
  if (!chosen.length) return [{ path: 'interests', message: 'Choose at least one topic, or send it to everyone signed up in this language.' }]
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, select: { interests: true } })
  const known = new Set((settings.interests ?? []).map((row) => row.id))
  if (chosen.some((id) => !known.has(id))) return [{ path: 'interests', message: 'A chosen topic no longer exists in Site settings. Choose the topics again.' }]
  return []
}

/**
 * Why this update cannot go out (empty when it can), worded for the person pressing the button.
 * Sending now also needs somebody to send it to; a schedule needs a time still to come.
 */
export async function sendProblems(payload: Payload, update: Draft, intent: SendIntent, now = new Date()): Promise<SendProblem[]> {
  const problems: SendProblem[] = []
  if (!update.subject?.trim()) problems.push({ path: 'subject', message: 'Write a subject: it cannot be sent without one.' })
  if (!bodyHasContent(update.body)) problems.push({ path: 'body', message: 'Write the update: the body is empty.' })
  if (intent !== 'test') problems.push(...(await audienceProblems(payload, update)))
  problems.push(...(await cardProblems(payload, update.body, now)))
  if (intent === 'schedule') {
    if (!update.scheduledAt) problems.push({ path: 'scheduledAt', message: 'Choose when to send it in "Send at".' })
    else if (new Date(update.scheduledAt).getTime() <= now.getTime()) {
      problems.push({ path: 'scheduledAt', message: 'Choose a time in the future: the one in "Send at" has passed. To send it now, use "Send now".' })
    }
  }
  if (intent === 'send' && !problems.length && (await countRecipients(payload, update)) === 0) {
    problems.push({ path: update.audience === 'everyone' ? 'language' : 'interests', message: 'Nobody would get it: no confirmed supporter in this language chose these topics.' })
  }
  return problems
}
