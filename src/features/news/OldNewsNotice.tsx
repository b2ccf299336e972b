/** @jsxImportSource hono/jsx */
import { useSiteSettings } from '../get-help/settings-context'
import { useSite } from '../../site/views/site-context'

/** Whole years between two dates (a birthday-style count: 2 only once the second anniversary has passed). */
export function wholeYearsBetween(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear()
  const anniversary = new Date(from)
  anniversary.setUTCFullYear(from.getUTCFullYear() + years)
  if (anniversary > to) years--
  return Math.max(0, years)
}

/** The next anniversary of a date after `now`: when a news item's age in whole years next changes. */
export function nextAnniversary(from: Date, now = new Date()): Date {
  const next = new Date(from)
  next.setUTCFullYear(from.getUTCFullYear() + wholeYearsBetween(from, now) + 1)
  return next
}

/**
 * "This article is more than N years old" (N its age in whole years), above a news item older than the settings say (as
 * the charity's current site does), so an old figure or campaign is not read as today's.
 */
export function OldNewsNotice({ publishedOn, now = new Date() }: { publishedOn: string; now?: Date }) {
  const { t } = useSite()
  const threshold = useSiteSettings()?.oldNewsAfterYears ?? 0
  const age = wholeYearsBetween(new Date(publishedOn), now)
  if (threshold <= 0 || age < threshold) return null
  return (
    <p class="ab-old-news" role="note">
      {t('news.oldNotice', { count: age })}
    </p>
  )
}
