import type { Payload } from 'payload'
import { pageViewsSlug } from './PageViews'
import { dayOf } from './view-key'

export type DailyViews = { day: string; views: number }
export type PageTotal = { path: string; views: number }
export type ViewsOverviewData = { days: DailyViews[]; topPages: PageTotal[]; total: number }

/** The last `dayCount` days up to today (UTC), oldest first. */
export function lastDays(now: Date, dayCount: number): string[] {
  return Array.from({ length: dayCount }, (_, index) => dayOf(new Date(now.getTime() - (dayCount - 1 - index) * 86_400_000)))
}

/**
 * Views per day (days without views included, as zero) and the most viewed pages over the last
 * 90 days. Rows are few (one per day, page and referring site, capped per day), so they are
 * summed here rather than with adapter-specific SQL.
 */
export async function viewsOverview(payload: Payload, now = new Date(), dayCount = 90, topCount = 20): Promise<ViewsOverviewData> {
  const days = lastDays(now, dayCount)
  const { docs } = await payload.find({
    collection: pageViewsSlug,
    where: { day: { greater_than_equal: days[0] } },
    select: { day: true, path: true, views: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const perDay = new Map(days.map((day) => [day, 0]))
  const perPage = new Map<string, number>()
  for (const row of docs) {
    if (perDay.has(row.day)) perDay.set(row.day, (perDay.get(row.day) ?? 0) + row.views)
    perPage.set(row.path, (perPage.get(row.path) ?? 0) + row.views)
  }
  const topPages = [...perPage.entries()]
    .map(([path, views]) => ({ path, views }))
    .sort((a, b) => b.views - a.views || a.path.localeCompare(b.path))
    .slice(0, topCount)
  const daily = days.map((day) => ({ day, views: perDay.get(day) ?? 0 }))
  return { days: daily, topPages, total: daily.reduce((sum, day) => sum + day.views, 0) }
}
