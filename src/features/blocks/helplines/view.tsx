/** @jsxImportSource hono/jsx */
import { useSiteSettings } from '../../get-help/settings-context'
import { telHref } from '../../get-help/validation'
import type { HelplinesBlock, SiteSetting } from '../../../payload-types'
import { localeDefinition } from '../../../site/locales'
import { useSite } from '../../../site/views/site-context'

type Helpline = NonNullable<SiteSetting['helplines']>[number]

/** A phone number reads left to right inside right-to-left text (Unicode isolates keep "08000 121 700" in order). */
const isolated = (number: string) => `\u2066${number}\u2069`

function HelplineCard({ helpline }: { helpline: Helpline }) {
  const { t } = useSite()
  return (
    <li class="ab-helpline">
      <h3 class="ab-helpline__name">
        {helpline.name} <span class="ab-helpline__country">({helpline.countryName})</span>
      </h3>
      <p class="ab-helpline__call">
        <a class="ab-call" href={telHref(helpline.number)}>
          {t('getHelp.call', { number: isolated(helpline.number) })}
        </a>
      </p>
      <p class="ab-helpline__hours">{helpline.hours}</p>
      {helpline.languages ? <p>{t('getHelp.languages', { languages: helpline.languages })}</p> : null}
      {helpline.website ? (
        <p>
          <a href={helpline.website} rel="noreferrer">
            {t('getHelp.reportOnline')}
          </a>
        </p>
      ) : null}
      <p class="ab-helpline__emergency">
        {t('getHelp.emergency', { country: helpline.countryName })}{' '}
        <a class="ab-call ab-call--emergency" href={telHref(helpline.emergencyNumber)}>
          {t('getHelp.call', { number: isolated(helpline.emergencyNumber) })}
        </a>
      </p>
    </li>
  )
}

/** Each helpline as a large button to call (tel: link, at least 44px tall) with its hours and languages. */
export function HelplinesView({ block }: { block: HelplinesBlock }) {
  const { t, locale } = useSite()
  const helplines = useSiteSettings()?.helplines ?? []
  if (!helplines.length) return null
  // The settings and these words are in the reader's language, even on a page still shown in English.
  return (
    <section class="ab-helplines" lang={locale} dir={localeDefinition(locale).dir}>
      <h2 class="ab-helplines__heading">{block.heading || t('getHelp.helplinesHeading')}</h2>
      <ul class="ab-helplines__list">
        {helplines.map((helpline) => (
          <HelplineCard helpline={helpline} />
        ))}
      </ul>
    </section>
  )
}
