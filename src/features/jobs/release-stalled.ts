import type { Payload } from 'payload'
import { mailQueue } from '../mail/mail-queue'
import { failQueuedMessage, sendMailTask } from '../mail/send-mail-task'

/**
 * Payload marks a job "processing" while it runs and never looks at it again until it finishes.
 * A process that stopped mid-job (a crash, the OOM killer, a power cut) leaves it marked so for
 * ever: a confirmation e-mail that is never sent, a page whose scheduled publication never
 * happens. When the server starts, before its own job runners do, it hands such jobs back.
 *
 * Only at start: a running process cannot tell a job it is still working through (a mail round
 * marks all of its messages "processing" when it begins) from a dead one, and only one instance
 * runs jobs (docs/deploy.md). The age limit covers the rest: an instance still finishing its
 * last round while this one starts.
 *
 * Only the queues whose tasks are short and safe to run again: a mail job skips a message that
 * is no longer queued, publishing or deleting again changes nothing. The `updates` queue is left
 * alone: a send may rightly run for an hour, and its lease resumes a send whose sender died
 * (decision 013).
 */
export const sweptQueues = [mailQueue, 'default'] as const

/** Longer than a mail round can take: 25 messages, each given up after 15 s + 60 s of silence. */
export const stalledAfterMs = 45 * 60_000

/** A job that was running each time the process died this often is taken to be what kills it. */
export const stalledRunsAllowed = 3

type StalledJob = { id: number | string; taskSlug?: string | null; totalTried?: number | null; input?: unknown }

/** What else a job given up on leaves to put right: a message it was to send still says "queued". */
async function afterGivingUp(payload: Payload, job: StalledJob, reason: string): Promise<void> {
  const messageKey = (job.input as { messageKey?: unknown } | null | undefined)?.messageKey
  if (job.taskSlug === sendMailTask.slug && typeof messageKey === 'string') await failQueuedMessage(payload, messageKey, reason)
}

export async function releaseStalledJobs(payload: Payload, now = new Date()): Promise<{ requeued: number; givenUp: number }> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { in: [...sweptQueues] } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(now.getTime() - stalledAfterMs).toISOString() } },
      ],
    },
    select: { taskSlug: true, totalTried: true, input: true },
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  const result = { requeued: 0, givenUp: 0 }
  for (const job of docs as StalledJob[]) {
    const tried = (job.totalTried ?? 0) + 1
    const giveUp = tried >= stalledRunsAllowed
    const reason = `The server stopped ${tried} times while this job ran; it is not run again.`
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: job.id,
      data: giveUp ? { processing: false, totalTried: tried, hasError: true, error: { message: reason } } : { processing: false, totalTried: tried },
      returning: false,
    })
    if (giveUp) {
      await afterGivingUp(payload, job, reason)
      payload.logger.error(`Jobs: ${job.taskSlug ?? 'a job'} (job ${job.id}) was running each of the last ${tried} times the server stopped; it is marked failed.`)
    }
    result[giveUp ? 'givenUp' : 'requeued'] += 1
  }
  if (result.requeued) payload.logger.warn(`Jobs: ${result.requeued} left running by a server that stopped are queued again.`)
  return result
}
