export type LocaleDefinition = {
  code: string
  /** The language's name in that language, as the switcher shows it. */
  label: string
  /** The language's name in English, for staff in the admin. */
  englishName: string
  dir: 'ltr' | 'rtl'
}

/**
 * English is the default and has no URL prefix. The others are languages of people commonly
 * trafficked into the UK (Vietnamese, Lithuanian, Romanian, Albanian, Polish) and Arabic, which
 * also proves the right-to-left layout. Adding one is a line here, a catalog in src/i18n/catalogs
 * and a migration (Payload records the list of locales in the schema).
 */
export const locales = [
  { code: 'en', label: 'English', englishName: 'English', dir: 'ltr' },
  { code: 'vi', label: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr' },
  { code: 'lt', label: 'Lietuvių', englishName: 'Lithuanian', dir: 'ltr' },
  { code: 'ro', label: 'Română', englishName: 'Romanian', dir: 'ltr' },
  { code: 'sq', label: 'Shqip', englishName: 'Albanian', dir: 'ltr' },
  { code: 'pl', label: 'Polski', englishName: 'Polish', dir: 'ltr' },
  { code: 'ar', label: 'العربية', englishName: 'Arabic', dir: 'rtl' },
] as const satisfies readonly LocaleDefinition[]

export type LocaleCode = (typeof locales)[number]['code']
export const defaultLocale: LocaleCode = 'en'

export const isLocaleCode = (value: string): value is LocaleCode => locales.some((locale) => locale.code === value)

export const localeDefinition = (code: string): LocaleDefinition =>
  locales.find((locale) => locale.code === code) ?? locales[0]

/** The address of a path in a language: English unprefixed, others under /<code>. */
export const localizedPath = (code: string, path: string): string =>
  code === defaultLocale ? path : path === '/' ? `/${code}` : `/${code}${path}`
