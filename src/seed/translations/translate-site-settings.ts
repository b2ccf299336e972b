import type { Payload } from 'payload'
import type { SiteSetting } from '../../payload-types'
import type { Translation } from './types'

type LinkRow = NonNullable<SiteSetting['navigation']>[number]
type HelplineRow = NonNullable<SiteSetting['helplines']>[number]
type InterestRow = NonNullable<SiteSetting['interests']>[number]

/**
 * Writes the tagline, footer text and link labels in one language, unless it has a tagline already.
 *
 * The menus are not localized arrays, only their labels are: every language shares the same rows.
 * Payload keeps a row's other languages only when the update names the row by its id (a row
 * without one is new, and the labels it had in other languages are gone), so each row goes back
 * exactly as it is, with only its label translated.
 */
export async function translateSiteSettings(payload: Payload, translation: Translation): Promise<boolean> {
  const { locale, siteSettings } = translation
  const current = await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false, depth: 0, overrideAccess: true })
  if (current.tagline) return false
  const english = await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 0, overrideAccess: true })

  const translateRow = (row: LinkRow): LinkRow => {
    const label = siteSettings.linkLabels[row.label]
    if (label === undefined) throw new Error(`The ${locale} seed translation has no label for the link "${row.label}".`)
    return { ...row, label }
  }
  const translateInterest = (row: InterestRow): InterestRow => {
    const label = siteSettings.interestLabels[row.label]
    if (label === undefined) throw new Error(`The ${locale} seed translation has no label for the topic "${row.label}".`)
    return { ...row, label }
  }
  // Only the seeded UK line is translated; the row keeps its id, as the links do.
  const translateHelpline = (row: HelplineRow): HelplineRow => (row.country === 'GB' ? { ...row, ...siteSettings.helpline } : row)
  await payload.updateGlobal({
    slug: 'site-settings',
    locale,
    data: {
      tagline: siteSettings.tagline,
      navigation: english.navigation?.map(translateRow),
      footer: { text: siteSettings.footerText, links: english.footer?.links?.map(translateRow) },
      helplines: english.helplines?.map(translateHelpline),
      interests: english.interests?.map(translateInterest),
    },
    overrideAccess: true,
  })
  return true
}
