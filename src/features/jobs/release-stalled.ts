import type { Payload } from 'payload'
import { mailQueue } from '../mail/mail-queue'

/**
 * Payload marks a job "processing" while it runs and never looks at it again until it finishes.
 * A process that stopped mid-job (a crash, the OOM killer, a power cut) leaves it marked so for
 * ever: a confirmation e-mail that is never sent, a page whose scheduled publication never
 * happens. This sweep hands such jobs back to the queue.
 *
 * Only the queues whose tasks are short and safe to run twice: a mail job skips a message already
 * sent, publishing or deleting again changes nothing. The `updates` queue is left alone: a send
 * may rightly run for an hour, and its lease already resumes a send whose sender died
 * (decision 013).
 */
export const sweptQueues = [mailQueue, 'default'] as const

/**
 * How long a job may look busy before it is taken for dead. The slowest of these tasks, a mail
 * delivery, gives up after 15 s without a connection and 60 s of silence; a round of the mail
 * poller delivers at most 25 one after another, and marks them all "processing" when it starts.
 */
export const stalledAfterMs = 30 * 60_000
const sweepEveryMs = 60_000

export async function releaseStalledJobs(payload: Payload, now = new Date()): Promise<number> {
  const released = await payload.db.updateMany({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { in: [...sweptQueues] } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(now.getTime() - stalledAfterMs).toISOString() } },
      ],
    },
    data: { processing: false },
    select: { taskSlug: true },
  })
  const jobs = (released ?? []) as { taskSlug?: unknown }[]
  const count = jobs.length
  if (count) {
    const tasks = [...new Set(jobs.map((job) => String(job.taskSlug)))].join(', ')
    payload.logger.warn(`Jobs: ${count} left running by a stopped process (${tasks}) are queued again.`)
  }
  return count
}

/** At start and every minute after, unless this instance runs no jobs (PAYLOAD_JOBS=off). */
export function startStalledJobSweeper(payload: Payload): () => void {
  if (process.env.PAYLOAD_JOBS === 'off') return () => {}
  const sweep = () =>
    void releaseStalledJobs(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Jobs: the sweep for stalled jobs failed; it runs again in a minute' }))
  sweep()
  const timer = setInterval(sweep, sweepEveryMs)
  timer.unref()
  return () => clearInterval(timer)
}
