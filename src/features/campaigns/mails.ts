import type { Payload } from 'payload'
import type { Env } from '../../env'
import { translator } from '../../i18n'
import { localizedPath } from '../../site/locales'
import { renderMail, type OutgoingMail } from '../mail'
import { charityDetails } from '../updates/mails'
import { hashToken } from '../updates/tokens'
import type { Signing } from './sign'

/** The e-mail that confirms a signature, in the signer's language: one link to a page with a button. */
export async function signatureMail(payload: Payload, env: Env, input: Signing & { token: string }): Promise<OutgoingMail> {
  const { locale, campaign } = input
  const t = translator(locale)
  const { charityName, address } = await charityDetails(payload, locale)
  const url = `${env.SITE_URL}${localizedPath(locale, `/campaigns/${campaign.slug}/confirm/${input.token}`)}`
  const { html, text } = renderMail({
    locale,
    charityName,
    address,
    heading: t('campaigns.mail.heading'),
    paragraphs: [t('campaigns.mail.greeting', { name: input.firstName }), t('campaigns.mail.body', { campaign: campaign.title }), t('campaigns.mail.expiry')],
    action: { label: t('campaigns.mail.action'), url },
    footerNote: t('campaigns.mail.notYou'),
  })
  return {
    to: input.email.address,
    subject: t('campaigns.mail.subject', { campaign: campaign.title }),
    html,
    text,
    locale,
    // One message per link: a retried request never sends the same link twice.
    idempotencyKey: `signature:${hashToken(input.token).slice(0, 40)}`,
    category: 'confirmation',
  }
}
