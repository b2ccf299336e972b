/** @jsxImportSource hono/jsx */
import { numberFormat } from '../../../site/intl'
import { useSite } from '../../../site/views/site-context'

/** The verified count and the goal: a native <progress> bar, so it needs no script and no inline style. */
export function Progress({ count, goal }: { count: number; goal: number }) {
  const { t, locale } = useSite()
  const number = numberFormat(locale)
  return (
    <div class="ab-progress">
      <p class="ab-progress__count" id="signature-count">
        {t('campaigns.count', { count: number.format(count), goal: number.format(goal) })}
      </p>
      <progress class="ab-progress__bar" max={goal} value={Math.min(count, goal)} aria-labelledby="signature-count">
        {number.format(count)}
      </progress>
    </div>
  )
}
