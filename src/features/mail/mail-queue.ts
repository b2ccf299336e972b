import { performance } from 'node:perf_hooks'
import type { Payload } from 'payload'

/** Mail has its own queue so that it goes out within seconds, whatever else is queued. */
export const mailQueue = 'mail'

/** One first try and four retries, after 1, 2, 4 and 8 minutes (rides out greylisting and short outages). */
export const mailAttempts = 5
export const mailRetryDelayMs = 60_000

const pollEveryMs = 500
/**
 * Messages a round delivers at most (50 a second); a bigger backlog carries on in the next round.
 * Delivering one costs about as much CPU as the sign-up that queued it, so an unbounded round
 * during a burst halved the sign-ups the server could take (measured: 454/s bounded, 227/s not),
 * and rounds of 100 every two seconds doubled their p99 (354 ms against 176 ms in small rounds).
 */
const perRound = 25
/**
 * While the site is saturated (its event loop busy most of the last half second), rounds are
 * smaller: mail waits a little (10 a second still go out) and readers and signers come first.
 */
const busyUtilisation = 0.8
const busyRound = 5

/**
 * The server polls the mail queue twice a second (one indexed query when it is empty) and
 * delivers what is due one message after another. Polling, rather than starting a run when a
 * message is queued, because the message is stored in the caller's transaction: a run started at
 * once could not see it until that transaction commits. One at a time, rather than Payload's
 * autoRun (which starts its whole batch at once): a burst of sign-ups queues a message each, and
 * deliveries started together held page requests behind them; one at a time, in small rounds,
 * requests take turns with them. PAYLOAD_JOBS=off: this instance does not poll.
 */
export function startMailPoller(payload: Payload): () => Promise<void> {
  if (process.env.PAYLOAD_JOBS === 'off') return async () => {}
  let round: Promise<unknown> | undefined
  let since = performance.eventLoopUtilization()
  const timer = setInterval(() => {
    if (round) return
    const now = performance.eventLoopUtilization()
    const busy = performance.eventLoopUtilization(now, since).utilization > busyUtilisation
    since = now
    // "Running 3 jobs" twice a second says nothing; sendMail logs what matters.
    round = payload.jobs
      .run({ queue: mailQueue, limit: busy ? busyRound : perRound, sequential: true, silent: { info: true } })
      .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Mail: the delivery round failed; the next one retries' }))
      .finally(() => (round = undefined))
  }, pollEveryMs)
  timer.unref()
  // Stopping waits for the round in progress: its jobs are marked as running, and a database
  // closed under them would leave them marked so.
  return async () => {
    clearInterval(timer)
    await round
  }
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
