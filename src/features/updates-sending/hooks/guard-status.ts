import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { Update } from '../../../payload-types'
import { sendsUpdates } from '../access'
import type { UpdateStatus } from '../collections/Updates'
import { leaseExpiry, newLease } from '../send/lease'
import { sendProblems } from '../sendable'

/** Context flag of the sender's own writes (marking sent, dispatching a schedule): not a person's edit. */
export const senderContext = { updatesSender: true } as const

const allowed: Partial<Record<UpdateStatus, UpdateStatus[]>> = {
  draft: ['scheduled', 'sending'],
  scheduled: ['draft', 'sending'],
}

const refuse = (message: string, status: number) => new APIError(message, status, null, true)

/**
 * The rules of an update's life: draft → scheduled → sending → sent (or straight to sending).
 * Only admins and fundraisers move it on; it must be sendable to be scheduled or sent; a schedule
 * must be in the future; once sending starts nobody can change it, so it cannot be sent twice.
 */
export const guardStatus: CollectionBeforeChangeHook<Update> = async ({ data, originalDoc, req, context }) => {
  const before: UpdateStatus = originalDoc?.status ?? 'draft'
  const after: UpdateStatus = data.status ?? before
  const bySender = context.updatesSender === true
  const now = new Date()

  if (!bySender) {
    if (before === 'sending' || before === 'sent') throw refuse('This update is being sent or has been sent, so it cannot be changed or sent again.', 409)
    const rescheduling = before === 'scheduled' && after === 'scheduled' && data.scheduledAt !== undefined && data.scheduledAt !== originalDoc?.scheduledAt
    if ((after !== before || rescheduling) && !sendsUpdates(req)) throw refuse('Only admins and fundraisers can send or schedule updates.', 403)
    if (after !== before && !allowed[before]?.includes(after)) throw refuse(`An update cannot go from ${before} to ${after}.`, 400)
    if ((after === 'scheduled' && (before !== 'scheduled' || rescheduling)) || after === 'sending') {
      const problems = await sendProblems(req.payload, { ...originalDoc, ...data } as Update, after === 'scheduled' ? 'schedule' : 'send', now)
      if (problems.length) throw new ValidationError({ collection: 'updates', errors: problems, req })
    }
  }

  if (after === 'sending' && before !== 'sending') {
    Object.assign(data, {
      sendStartedAt: now.toISOString(),
      sentBy: req.user?.id ?? originalDoc?.sentBy ?? null,
      leaseHolder: newLease(),
      leaseUntil: leaseExpiry(now.getTime()),
      recipientsCursor: 0,
      recipientsResolved: false,
      notice: null,
    })
  }
  if (after === 'draft' && before === 'scheduled' && !bySender) data.notice = null
  return data
}
