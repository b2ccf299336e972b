import type { Payload } from 'payload'
import type { Env } from '../../env'
import { translator } from '../../i18n'
import { globalTag } from '../../site/cache-tags'
import { pageCache } from '../../site/page-cache'
import { isLocaleCode, localizedPath, defaultLocale, type LocaleCode } from '../../site/locales'
import { renderMail, type OutgoingMail } from '../mail'
import { hashToken } from './tokens'

type Recipient = { id: number | string; email: string; firstName?: string | null; locale: string }

export type Charity = { charityName: string; address?: string | null }

/**
 * The charity's name and postal address in a language (every e-mail carries both), and the
 * topics a sign-up may choose. Kept until the site settings change: every form post reads it.
 */
export function charityDetails(payload: Payload, locale: LocaleCode): Promise<Charity & { interestIds: string[] }> {
  return pageCache().remember(`charity:${locale}`, [globalTag('site-settings')], async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', locale, depth: 0, select: { charityName: true, footer: { address: true }, interests: true } })
    return { charityName: settings.charityName, address: settings.footer?.address, interestIds: (settings.interests ?? []).flatMap((row) => (row.id ? [row.id] : [])) }
  })
}

const siteLink = (env: Env, locale: string, path: string): string => `${env.SITE_URL}${localizedPath(locale, path)}`

/**
 * The confirmation e-mail (double opt-in), in the supporter's language, with the charity's name
 * and postal address and the link to leave. It is not marketing, so it carries no List-Unsubscribe.
 */
export async function confirmationMail(
  payload: Payload,
  env: Env,
  options: { recipient: Omit<Recipient, 'id'>; confirmToken: string; manageToken: string; charity?: Charity },
): Promise<OutgoingMail> {
  const { recipient } = options
  const locale = isLocaleCode(recipient.locale) ? recipient.locale : defaultLocale
  const t = translator(locale)
  const { charityName, address } = options.charity ?? (await charityDetails(payload, locale))
  const greeting = recipient.firstName ? t('updates.mail.greetingNamed', { name: recipient.firstName }) : t('updates.mail.greeting')
  const { html, text } = renderMail({
    locale,
    charityName,
    address,
    heading: t('updates.mail.confirmHeading'),
    paragraphs: [greeting, t('updates.mail.confirmBody', { name: charityName }), t('updates.mail.confirmExpiry')],
    action: { label: t('updates.mail.confirmAction'), url: siteLink(env, locale, `/updates/confirm/${options.confirmToken}`) },
    footerNote: t('updates.mail.notYou'),
    unsubscribe: { label: t('updates.mail.unsubscribe'), url: siteLink(env, locale, `/updates/unsubscribe/${options.manageToken}`) },
  })
  return {
    to: recipient.email,
    subject: t('updates.mail.confirmSubject', { name: charityName }),
    html,
    text,
    locale,
    // One message per link: a retried request never sends the same link twice.
    idempotencyKey: `confirm:${hashToken(options.confirmToken).slice(0, 40)}`,
    category: 'confirmation',
  }
}

/**
 * Sent when someone signs up with an address that is already confirmed: the page they see is the
 * same as for a new address (it must not reveal who is signed up), and the owner of the address
 * learns how to change their choices.
 */
export async function alreadySubscribedMail(
  payload: Payload,
  env: Env,
  options: { recipient: Recipient; manageToken: string; locale: LocaleCode; now: number },
): Promise<OutgoingMail> {
  const { recipient, locale } = options
  const t = translator(locale)
  const { charityName, address } = await charityDetails(payload, locale)
  const { html, text } = renderMail({
    locale,
    charityName,
    address,
    heading: t('updates.mail.alreadyHeading'),
    paragraphs: [t('updates.mail.alreadyBody', { name: charityName })],
    action: { label: t('updates.mail.preferencesAction'), url: siteLink(env, locale, `/updates/preferences/${options.manageToken}`) },
    footerNote: t('updates.mail.notYou'),
    unsubscribe: { label: t('updates.mail.unsubscribe'), url: siteLink(env, locale, `/updates/unsubscribe/${options.manageToken}`) },
  })
  return {
    to: recipient.email,
    subject: t('updates.mail.alreadySubject', { name: charityName }),
    html,
    text,
    locale,
    // At most one such notice per address per hour, whatever the rate limits say.
    idempotencyKey: `already:${recipient.id}:${Math.floor(options.now / 3_600_000)}`,
    category: 'notice',
  }
}
