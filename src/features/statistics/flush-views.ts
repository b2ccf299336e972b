import type { Payload, Where } from 'payload'
import { pageViewsSlug } from './PageViews'
import { recordView, takePendingViews, type ViewCount } from './view-buffer'
import { dayOf } from './view-key'

/** How long daily rows are kept: a little over a year, so this year can be compared with last. */
export const retentionDays = 400

const sameKey = (view: ViewCount): Where => ({
  and: [{ day: { equals: view.day } }, { path: { equals: view.path } }, { referrer: { equals: view.referrer } }],
})

/**
 * Adds to the row's count in one UPDATE (views = views + n), so instances writing at once never
 * lose a view; creates the row when there is none. If another instance created it in between,
 * the unique index refuses the second insert and the increment is retried.
 */
async function addViews(payload: Payload, view: ViewCount): Promise<void> {
  const increment = () =>
    payload.db.updateOne({
      collection: pageViewsSlug,
      where: sameKey(view),
      data: { views: { $inc: view.views } },
      options: { atomic: true },
      returning: false,
    })
  if (await increment()) return
  try {
    await payload.db.create({ collection: pageViewsSlug, data: { ...view } })
  } catch (error) {
    if (!(await increment())) throw error
  }
}

/** Writes every buffered view; views that could not be written go back for the next attempt. */
export async function flushPageViews(payload: Payload): Promise<number> {
  const { views, dropped } = takePendingViews()
  if (dropped) payload.logger.warn(`Statistics: ${dropped} views dropped (too many distinct pages waiting to be written)`)
  let written = 0
  for (const [index, view] of views.entries()) {
    try {
      await addViews(payload, view)
      written += view.views
    } catch (error) {
      for (const unwritten of views.slice(index)) recordView(unwritten)
      throw error
    }
  }
  return written
}

/** Deletes daily rows older than the retention period. */
export async function pruneOldPageViews(payload: Payload, now = new Date()): Promise<void> {
  const cutoff = dayOf(new Date(now.getTime() - retentionDays * 86_400_000))
  await payload.db.deleteMany({ collection: pageViewsSlug, where: { day: { less_than: cutoff } } })
}
