/** @jsxImportSource hono/jsx */
import type { StatisticBlock } from '../../../payload-types'
import { dateFormat } from '../../../site/intl'
import { useSite } from '../../../site/views/site-context'

const monthYear = (iso: string, locale: string) => dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso))

/** A figure rather than an aside: an aside inside main is a nested landmark, and the source is its caption. */
export function StatisticView({ block }: { block: StatisticBlock }) {
  const { locale, t } = useSite()
  return (
  <figure class="ab-stat">
    <p class="ab-stat__figure">
      <span class="ab-stat__value">{block.value}</span> <span class="ab-stat__label">{block.label}</span>
    </p>
    <figcaption class="ab-stat__source">
      {t('blocks.source')}{' '}
      {block.sourceUrl ? <a href={block.sourceUrl}>{block.source}</a> : block.source}, <time datetime={block.date.slice(0, 10)}>{monthYear(block.date, locale)}</time>
    </figcaption>
  </figure>
  )
}
