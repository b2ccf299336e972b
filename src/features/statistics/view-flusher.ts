import type { Payload } from 'payload'
import { flushPageViews, pruneOldPageViews } from './flush-views'
import { dayOf } from './view-key'

/**
 * Writes buffered page views every few seconds, off the request path, and once more at shutdown.
 * Once a day (and at start) it deletes rows past the retention period, so the table stays bounded
 * without a separate scheduler.
 */
export function startPageViewFlusher(payload: Payload, intervalMs = 5000): () => Promise<void> {
  let running: Promise<void> = Promise.resolve()
  let prunedOn = ''
  const tick = () => {
    running = running.then(async () => {
      try {
        const today = dayOf(new Date())
        if (prunedOn !== today) {
          await pruneOldPageViews(payload)
          prunedOn = today
        }
        await flushPageViews(payload)
      } catch (error) {
        payload.logger.error({ err: error }, 'Statistics: could not write page views (will retry)')
      }
    })
    return running
  }
  const timer = setInterval(() => void tick(), intervalMs)
  timer.unref()
  void tick()
  return async () => {
    clearInterval(timer)
    await tick()
  }
}
