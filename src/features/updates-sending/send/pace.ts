const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Spaces sends to at most `perSecond` (0: no limit). Each caller takes the next free slot, so
 * concurrent senders share one rate.
 */
export function pacer(perSecond: number): () => Promise<void> {
  if (perSecond <= 0) return () => Promise.resolve()
  const interval = 1000 / perSecond
  let next = 0
  return async () => {
    const now = Date.now()
    const slot = Math.max(now, next)
    next = slot + interval
    if (slot > now) await sleep(slot - now)
  }
}

/** Runs `work` over the items with at most `limit` at a time; after a failure no new item starts. */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let index = 0
  let failed = false
  const worker = async () => {
    while (!failed && index < items.length) {
      const item = items[index++] as T
      try {
        await work(item)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
