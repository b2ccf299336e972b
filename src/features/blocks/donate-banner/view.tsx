/** @jsxImportSource hono/jsx */
import type { DonateBannerBlock } from '../../../payload-types'
import { useSite } from '../../../site/views/site-context'
import { formatMoney } from '../../donations/amounts'

export function DonateBannerView({ block }: { block: DonateBannerBlock }) {
  const { t, href, locale } = useSite()
  const monthly = block.frequency === 'monthly'
  const link = (pounds?: number) => {
    const query = new URLSearchParams()
    if (monthly) query.set('frequency', 'monthly')
    if (pounds) query.set('amount', String(pounds))
    if (block.appeal) query.set('appeal', block.appeal)
    const search = query.toString()
    return `${href('/donate')}${search ? `?${search}` : ''}`
  }
  const amounts = (block.amounts ?? []).map((row) => row.pounds)
  return (
    <section class="ab-cta ab-donate-banner">
      <h2 class="ab-cta__heading">{block.heading}</h2>
      {block.text ? <p class="ab-cta__text">{block.text}</p> : null}
      {/* The labels are in the reader's language even where the block's text falls back to English. */}
      <p class="ab-cta__actions" lang={locale}>
        {amounts.map((pounds) => (
          <a class="ab-button ab-button--primary" href={link(pounds)}>
            {t(monthly ? 'donate.banner.giveMonthly' : 'donate.banner.give', { amount: formatMoney(Math.round(pounds * 100), locale) })}
          </a>
        ))}
        <a class={`ab-button ab-button--${amounts.length ? 'secondary' : 'primary'}`} href={link()}>
          {t(amounts.length ? 'donate.banner.other' : 'donate.banner.donate')}
        </a>
      </p>
    </section>
  )
}
