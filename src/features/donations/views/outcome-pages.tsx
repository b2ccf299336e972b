/** @jsxImportSource hono/jsx */
import type Stripe from 'stripe'
import type { RegularGift } from '../../../payload-types'
import type { RenderContext } from '../../../site/render-page'
import { formatMoney } from '../amounts'
import { giftAidOn } from '../claims'
import type { GiftSummary } from '../lookups'
import { renderDonationMessage } from './pages'

/**
 * /donate/thank-you: what Stripe says happened to the payment, never what the address claims.
 * Paid: thanks, with the Gift Aid total. Complete but unpaid: a bank payment on its way. Anything
 * else (still open, expired, unknown): not paid, and a way back to the form. If Stripe cannot be
 * asked just now, the page says the payment is being confirmed (the webhook will record it).
 */
export function renderThanksPage(ctx: RenderContext, session: Stripe.Checkout.Session | 'checking' | undefined, gift?: GiftSummary): Promise<string> {
  const { t, href, locale } = ctx.site
  const path = '/donate/thank-you'
  const again = (
    <p>
      <a class="ab-button" href={href('/donate')}>
        {t('donate.thanks.again')}
      </a>
    </p>
  )
  if (session === 'checking') return renderDonationMessage(ctx, path, t('donate.thanks.checkingTitle'), [t('donate.thanks.checking')])
  if (!session || !gift || session.status !== 'complete') return renderDonationMessage(ctx, path, t('donate.thanks.notPaidTitle'), [t('donate.thanks.notPaid')], again)
  if (session.payment_status !== 'paid') return renderDonationMessage(ctx, path, t('donate.thanks.processingTitle'), [t('donate.thanks.processing')])
  const amount = formatMoney(gift.amountPence, locale)
  const paragraphs = [t(gift.monthly ? 'donate.thanks.paidMonthly' : 'donate.thanks.paid', { amount })]
  if (gift.giftAid) paragraphs.push(t('donate.thanks.giftAid', { total: formatMoney(gift.amountPence + giftAidOn(gift.amountPence), locale) }))
  return renderDonationMessage(ctx, path, t('donate.thanks.title'), paragraphs)
}

/** /donate/manage/<token>: one button to Stripe's billing portal, or why it is not there. */
export function renderManagePage(ctx: RenderContext, path: string, gift: RegularGift | undefined, portalFailed = false): Promise<string> {
  const { t, href } = ctx.site
  if (!gift) return renderDonationMessage(ctx, path, t('donate.manage.title'), [t('donate.manage.unknown')])
  if (portalFailed) return renderDonationMessage(ctx, path, t('donate.manage.title'), [t('donate.manage.unavailable')])
  if (gift.status !== 'active') return renderDonationMessage(ctx, path, t('donate.manage.title'), [t('donate.manage.ended')])
  return renderDonationMessage(
    ctx,
    path,
    t('donate.manage.title'),
    [t('donate.manage.body')],
    <form method="post" action={href(path)}>
      <button class="ab-button" type="submit">
        {t('donate.manage.button')}
      </button>
    </form>,
  )
}
