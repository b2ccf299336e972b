import type { Payload, Where } from 'payload'
import type { Supporter, Update } from '../../payload-types'
import { supportersSlug } from '../updates/collections/Supporters'
import { interestsOfSupporter } from '../updates/supporters'

export type Audience = Pick<Update, 'language' | 'audience' | 'interests'>

/** A supporter we may write to today: confirmed, still subscribed, and their address not bouncing. */
export const mayReceive = (supporter: Pick<Supporter, 'status' | 'bouncing' | 'email'>): boolean =>
  supporter.status === 'subscribed' && supporter.bouncing !== true && Boolean(supporter.email)

/** Whether a supporter's chosen topics put them in the audience ("everyone" ignores topics). */
export function inAudience(supporter: Pick<Supporter, 'interests'>, audience: Audience): boolean {
  if (audience.audience === 'everyone') return true
  const chosen = new Set(audience.interests ?? [])
  return interestsOfSupporter(supporter).some((topic) => chosen.has(topic))
}

/**
 * Confirmed, subscribed, not bouncing, in the update's language. Topics are a JSON list on the
 * supporter, which neither adapter filters portably, so they are checked page by page in memory.
 * (Pending, unsubscribed and erased people are excluded by their status.)
 */
const candidatesWhere = (audience: Audience, afterId: number): Where => ({
  and: [
    { id: { greater_than: afterId } },
    { status: { equals: 'subscribed' } },
    { locale: { equals: audience.language } },
    // An address never marked is null in rows older than the field.
    { or: [{ bouncing: { equals: false } }, { bouncing: { exists: false } }] },
  ],
})

export const recipientPageSize = 500

/**
 * The recipients of an update, a page at a time in id order after `afterId`: memory stays flat
 * however many supporters there are, and a send can resume from the last id it handled.
 */
export async function* recipientPages(payload: Payload, audience: Audience, afterId = 0): AsyncGenerator<{ ids: number[]; lastId: number }> {
  let cursor = afterId
  for (;;) {
    const { docs } = await payload.find({
      collection: supportersSlug,
      where: candidatesWhere(audience, cursor),
      sort: 'id',
      limit: recipientPageSize,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { interests: true },
    })
    const last = docs.at(-1)
    if (!last) return
    cursor = Number(last.id)
    yield { ids: docs.filter((doc) => inAudience(doc, audience)).map((doc) => Number(doc.id)), lastId: cursor }
    if (docs.length < recipientPageSize) return
  }
}

/** How many people an update would reach now (the confirmation before sending). */
export async function countRecipients(payload: Payload, audience: Audience): Promise<number> {
  let count = 0
  for await (const page of recipientPages(payload, audience)) count += page.ids.length
  return count
}
