import type { Payload } from 'payload'
import { markSent } from './bulk'

/**
 * Records sent deliveries a few at a time: at most `maxBatch` ids or `maxDelayMs` after the first,
 * whichever comes first, in one statement. One write per message would make the database, not
 * the mail server, set the pace. The price is a slightly wider window after a crash: messages the
 * server accepted in the last tenth of a second may go again (with the same Message-ID).
 */
export class SentRecorder {
  private pending: number[] = []
  private timer: ReturnType<typeof setTimeout> | undefined
  private writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly payload: Payload,
    private readonly via: 'smtp' | 'outbox',
    private readonly maxBatch = 50,
    private readonly maxDelayMs = 100,
  ) {}

  /** Notes a sent delivery; waits only when that fills a batch (and so rethrows a failed write). */
  add(id: number): Promise<void> {
    this.pending.push(id)
    if (this.pending.length >= this.maxBatch) return this.flush()
    this.timer ??= setTimeout(() => void this.flush().catch(() => {}), this.maxDelayMs)
    return Promise.resolve()
  }

  /** Writes whatever is pending; resolves when every write so far is done (rejects if one failed). */
  flush(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    const ids = this.pending.splice(0)
    if (ids.length) this.writing = this.writing.then(() => markSent(this.payload, ids, this.via))
    return this.writing
  }
}
