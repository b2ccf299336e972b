import type { Payload } from 'payload'
import type { Env } from '../../env'
import { translator } from '../../i18n'
import type { Donation } from '../../payload-types'
import { defaultLocale, isLocaleCode, localizedPath } from '../../site/locales'
import { formatDate } from '../../site/views/NewsList'
import { renderMail, type OutgoingMail } from '../mail'
import { charityDetails } from '../updates/mails'
import { formatMoney } from './amounts'
import { giftAidOn, isClaimable } from './claims'
import { giftManageToken } from './manage-token'

/** Whether this donation is one we will claim Gift Aid on (paid under a declaration in force). */
const giftAidApplies = (donation: Donation): boolean => isClaimable({ ...donation, giftAidClaim: null })

/**
 * The receipt, in the donor's language: the amount, the date, whether Gift Aid applies and, for a
 * monthly gift, the link to change or cancel it (no account needed). One per donation.
 */
export async function receiptMail(payload: Payload, env: Env, donation: Donation): Promise<OutgoingMail> {
  const locale = isLocaleCode(donation.locale) ? donation.locale : defaultLocale
  const t = translator(locale)
  const { charityName, address } = await charityDetails(payload, locale)
  const amount = formatMoney(donation.amountPence, locale)
  const date = formatDate(donation.paidAt ?? donation.createdAt, locale)
  const monthly = typeof donation.regularGift === 'object' && donation.regularGift ? donation.regularGift : undefined
  const manageKey = monthly?.manageKey
  const paragraphs = [
    t(monthly ? 'donate.mail.bodyMonthly' : 'donate.mail.body', { amount, date }),
    giftAidApplies(donation) ? t('donate.mail.giftAidYes', { giftAid: formatMoney(giftAidOn(donation.amountPence), locale) }) : t('donate.mail.giftAidNo'),
    t('donate.mail.reference', { reference: `D${donation.id}` }),
    ...(manageKey ? [t('donate.mail.manageNote')] : []),
  ]
  const manageUrl = manageKey ? `${env.SITE_URL}${localizedPath(locale, `/donate/manage/${giftManageToken(env.PAYLOAD_SECRET, manageKey)}`)}` : undefined
  const { html, text } = renderMail({
    locale,
    charityName,
    address,
    heading: t('donate.mail.heading', { name: donation.firstName }),
    paragraphs,
    action: manageUrl ? { label: t('donate.mail.manage'), url: manageUrl } : undefined,
    footerNote: t('donate.mail.notYou'),
  })
  return {
    to: donation.email,
    subject: t('donate.mail.subject', { charity: charityName }),
    html,
    text,
    locale,
    idempotencyKey: `receipt:${donation.id}`,
    category: 'receipt',
  }
}
