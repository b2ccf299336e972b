import type { Payload } from 'payload'
import type { Env } from '../../env'
import { translator } from '../../i18n'
import type { Update } from '../../payload-types'
import { isLocaleCode, localeDefinition, localizedPath, defaultLocale, type LocaleCode } from '../../site/locales'
import { renderMail } from '../mail'
import { charityDetails } from '../updates/mails'
import { bodyToEmailHtml } from './body/email-html'
import { loadCards, type BodyContext } from './body/context'
import type { StoredBody } from './body/nodes'
import { bodyToText } from './body/plain-text'

/**
 * Stands in for each recipient's own token in the rendered message, which is rendered once per
 * update and personalised per recipient by replacing it (letters only: survives HTML escaping).
 */
const tokenPlaceholder = 'ABOLITIONRECIPIENTMANAGETOKEN'

export type RenderedUpdate = { subject: string; html: string; text: string; locale: LocaleCode; archiveUrl: string; siteUrl: string }

export const updateLocale = (update: Pick<Update, 'language'>): LocaleCode => (isLocaleCode(update.language) ? update.language : defaultLocale)

/** The update's public copy in the archive (no personal links). */
export const archivePath = (update: Pick<Update, 'language' | 'slug'>): string => localizedPath(updateLocale(update), `/updates/archive/${update.slug ?? ''}`)

/** Everything a body needs to render in the update's language. */
export async function bodyContext(payload: Payload, env: Pick<Env, 'SITE_URL'>, update: Update): Promise<BodyContext> {
  const locale = updateLocale(update)
  return {
    siteUrl: env.SITE_URL,
    locale,
    dir: localeDefinition(locale).dir,
    t: translator(locale),
    ...(await loadCards(payload, update.body, locale)),
  }
}

/**
 * The update as an e-mail, rendered once for all its recipients: the charity's layout (name,
 * postal address, a visible unsubscribe link), the body as e-mail HTML and as plain text, and
 * a link to the copy on the site. Read it with `forRecipient`. `update.body` must be read with
 * depth 1 (images and internal links populated).
 */
export async function renderUpdate(payload: Payload, env: Pick<Env, 'SITE_URL'>, update: Update): Promise<RenderedUpdate> {
  const ctx = await bodyContext(payload, env, update)
  const { t } = ctx
  const locale = updateLocale(update)
  const { charityName, address } = await charityDetails(payload, locale)
  const personal = (path: string) => `${env.SITE_URL}${localizedPath(locale, `${path}/${tokenPlaceholder}`)}`
  const archiveUrl = `${env.SITE_URL}${archivePath(update)}`
  const body = update.body as StoredBody
  const { html, text } = renderMail({
    locale,
    charityName,
    address,
    heading: update.subject ?? '',
    preheader: update.preheader ?? undefined,
    paragraphs: [],
    body: { html: bodyToEmailHtml(body, ctx), text: bodyToText(body, ctx) },
    footerNote: t('updateMail.why', { name: charityName }),
    unsubscribe: { label: t('updates.mail.unsubscribe'), url: personal('/updates/unsubscribe') },
    footerLinks: [
      { label: t('updateMail.preferences'), url: personal('/updates/preferences') },
      { label: t('updateMail.readOnline'), url: archiveUrl },
    ],
  })
  return { subject: update.subject ?? '', html, text, locale, archiveUrl, siteUrl: env.SITE_URL }
}

export type RecipientMail = { subject: string; html: string; text: string; unsubscribeUrl: string }

/** One recipient's copy: their own unsubscribe and preferences links (opaque token, decision 009). */
export function forRecipient(rendered: RenderedUpdate, manageToken: string): RecipientMail {
  return {
    subject: rendered.subject,
    html: rendered.html.replaceAll(tokenPlaceholder, manageToken),
    text: rendered.text.replaceAll(tokenPlaceholder, manageToken),
    unsubscribeUrl: `${rendered.siteUrl}${localizedPath(rendered.locale, `/updates/unsubscribe/${manageToken}`)}`,
  }
}
