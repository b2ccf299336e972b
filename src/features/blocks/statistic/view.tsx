/** @jsxImportSource hono/jsx */
import type { StatisticBlock } from '../../../payload-types'

const monthYear = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso))

export const StatisticView = ({ block, locale }: { block: StatisticBlock; locale: string }) => (
  <aside class="ab-stat">
    <p class="ab-stat__figure">
      <span class="ab-stat__value">{block.value}</span> <span class="ab-stat__label">{block.label}</span>
    </p>
    <p class="ab-stat__source">
      Source:{' '}
      {block.sourceUrl ? <a href={block.sourceUrl}>{block.source}</a> : block.source}, <time datetime={block.date.slice(0, 10)}>{monthYear(block.date, locale)}</time>
    </p>
  </aside>
)
