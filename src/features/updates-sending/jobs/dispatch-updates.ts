import type { Payload, TaskConfig } from 'payload'
import { updatesSlug } from '../collections/Updates'
import { senderContext } from '../hooks/guard-status'
import { updatesQueue } from '../queue'
import { newLease, takeOverStaleLease } from '../send/lease'
import { sendProblems } from '../sendable'

export type DispatchResult = { started: number; returnedToDraft: number; resumed: number }

const minute = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ')

/** Scheduled updates whose time has come start sending, if they still can be sent. */
async function startDueSchedules(payload: Payload, now: Date): Promise<Omit<DispatchResult, 'resumed'>> {
  const { docs } = await payload.find({
    collection: updatesSlug,
    where: { and: [{ status: { equals: 'scheduled' } }, { scheduledAt: { less_than_equal: now.toISOString() } }] },
    sort: 'scheduledAt',
    limit: 20,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let started = 0
  let returnedToDraft = 0
  for (const update of docs) {
    // Consent can lapse, a campaign be unpublished, or everyone leave between scheduling and sending.
    const problems = await sendProblems(payload, update, 'send', now)
    const data = problems.length
      ? { status: 'draft' as const, notice: `Not sent at ${minute(now)} UTC, so it is a draft again: ${problems.map((p) => p.message).join(' ')}` }
      : { status: 'sending' as const }
    await payload.update({ collection: updatesSlug, id: update.id, data, depth: 0, overrideAccess: true, context: senderContext })
    if (problems.length) {
      returnedToDraft++
      payload.logger.warn(`Updates: scheduled update ${update.id} was not sent: ${problems.map((p) => p.message).join(' ')}`)
    } else started++
  }
  return { started, returnedToDraft }
}

/** Sends whose sender died (a crash or restart: its lease ran out) get a new job that resumes them. */
async function resumeStaleSends(payload: Payload, now: Date): Promise<number> {
  const { docs } = await payload.find({
    collection: updatesSlug,
    where: { and: [{ status: { equals: 'sending' } }, { or: [{ leaseUntil: { less_than: now.toISOString() } }, { leaseUntil: { exists: false } }] }] },
    limit: 20,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { status: true },
  })
  let resumed = 0
  for (const { id } of docs) {
    const lease = newLease()
    if (!(await takeOverStaleLease(payload, Number(id), lease, now.getTime()))) continue
    await payload.jobs.queue({ task: 'sendUpdate', queue: updatesQueue, input: { updateId: String(id), lease } })
    payload.logger.warn(`Updates: the send of update ${id} had stopped (its sender did not renew its lease); resuming it.`)
    resumed++
  }
  return resumed
}

/** Every minute: start scheduled sends that are due and resume sends that stopped. */
export async function dispatchUpdates(payload: Payload, now = new Date()): Promise<DispatchResult> {
  const schedules = await startDueSchedules(payload, now)
  return { ...schedules, resumed: await resumeStaleSends(payload, now) }
}

/**
 * Payload schedules a task only when none of its jobs is waiting or running; a dispatcher job
 * left "processing" by a crash would block it for ever, so one untouched for ten minutes is
 * taken for dead.
 */
type ScheduleHooks = NonNullable<NonNullable<TaskConfig<'dispatchUpdates'>['schedule']>[number]['hooks']>

const unlessAlreadyWaiting: NonNullable<ScheduleHooks['beforeSchedule']> = async ({ queueable, req }) => {
  const stale = new Date(Date.now() - 10 * 60_000).toISOString()
  const { totalDocs } = await req.payload.db.count({
    collection: 'payload-jobs',
    req,
    where: {
      and: [
        { taskSlug: { equals: 'dispatchUpdates' } },
        { completedAt: { exists: false } },
        { error: { exists: false } },
        { or: [{ processing: { equals: false } }, { updatedAt: { greater_than: stale } }] },
      ],
    },
  })
  return { input: {}, shouldSchedule: totalDocs === 0, waitUntil: queueable.waitUntil }
}

export const dispatchUpdatesTask: TaskConfig<'dispatchUpdates'> = {
  slug: 'dispatchUpdates',
  label: 'Start scheduled updates and resume stopped sends',
  schedule: [{ cron: '0 * * * * *', queue: 'default', hooks: { beforeSchedule: unlessAlreadyWaiting } }],
  outputSchema: [
    { name: 'started', type: 'number', required: true },
    { name: 'returnedToDraft', type: 'number', required: true },
    { name: 'resumed', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await dispatchUpdates(req.payload) }),
}
