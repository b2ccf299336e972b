export type LocaleDefinition = {
  code: string
  /** The language's name in that language, as the switcher shows it. */
  label: string
  dir: 'ltr' | 'rtl'
}

/** English is the default and has no URL prefix; more languages arrive with the i18n issue. */
export const locales: LocaleDefinition[] = [{ code: 'en', label: 'English', dir: 'ltr' }]
export const defaultLocale = 'en'

export const localeDefinition = (code: string): LocaleDefinition =>
  locales.find((locale) => locale.code === code) ?? (locales[0] as LocaleDefinition)
