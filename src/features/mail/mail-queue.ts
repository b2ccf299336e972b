import type { Payload } from 'payload'

/** Mail has its own queue so that it goes out within seconds, whatever else is queued. */
export const mailQueue = 'mail'

/** One first try and four retries, after 1, 2, 4 and 8 minutes (rides out greylisting and short outages). */
export const mailAttempts = 5
export const mailRetryDelayMs = 60_000

/**
 * The server polls the mail queue every two seconds (one indexed query when it is empty). Polling,
 * rather than starting a run when a message is queued, because the message is stored in the
 * caller's transaction: a run started at once could not see it until that transaction commits.
 */
export const mailAutoRun = {
  cron: '*/2 * * * * *',
  limit: 100,
  queue: mailQueue,
  disableScheduling: true,
  // "Running 3 jobs" every two seconds says nothing; sendMail logs what matters.
  silent: { info: true },
}

/**
 * Sends every message that is due now, for tests and scripts (the server's own poller does this
 * in production). Messages waiting for a retry stay queued until their pause is over. Quiet: what
 * happened to each message is on the message (status, attempts, lastError).
 */
export async function runMailQueue(payload: Payload): Promise<void> {
  // A bound, not a loop until empty: a handler that kept failing at once must not spin forever.
  for (let round = 0; round < 100; round++) {
    const { noJobsRemaining } = await payload.jobs.run({ queue: mailQueue, limit: 100, silent: true })
    if (noJobsRemaining) return
  }
}
