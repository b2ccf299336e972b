import type { Payload } from 'payload'

/** Updates have their own queue: a send of thousands never delays a confirmation e-mail. */
export const updatesQueue = 'updates'

/**
 * Polled every two seconds (one indexed query when empty), so "Send now" starts at once. A send
 * is one long job; the cron never overlaps itself, so other sends wait for the current run.
 */
export const updatesAutoRun = {
  cron: '*/2 * * * * *',
  limit: 5,
  queue: updatesQueue,
  disableScheduling: true,
  silent: { info: true },
}

/**
 * Runs every send that is due now, for tests and scripts (the server's poller does this in
 * production). A send waiting to retry failed messages stays queued until its time.
 */
export async function runUpdatesQueue(payload: Payload): Promise<void> {
  for (let round = 0; round < 100; round++) {
    const { noJobsRemaining } = await payload.jobs.run({ queue: updatesQueue, limit: 5, silent: true })
    if (noJobsRemaining) return
  }
}
