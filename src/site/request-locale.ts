import { defaultLocale, isLocaleCode, type LocaleCode } from './locales'

export type LocalizedRequest = { locale: LocaleCode; path: string }

/**
 * Splits "/vi/slavery-today" into Vietnamese and "/slavery-today". English has no prefix, so
 * "/en/…" is not a page address (the caller redirects it to the unprefixed one).
 */
export function splitLocale(pathname: string): LocalizedRequest & { explicitDefault: boolean } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname)
  if (match && isLocaleCode(match[1] ?? '')) {
    const locale = match[1] as LocaleCode
    return { locale, path: match[2] || '/', explicitDefault: locale === defaultLocale }
  }
  return { locale: defaultLocale, path: pathname, explicitDefault: false }
}

/** Site paths that are not pages and so never take a language prefix. */
const unlocalizedPrefixes = ['/media/', '/assets/', '/admin', '/api/', '/feed.xml', '/sitemap', '/robots.txt']

/** A link inside the site, kept in the reader's language; other addresses are left alone. */
export function localizeHref(locale: string, href: string): string {
  if (locale === defaultLocale || !href.startsWith('/') || href.startsWith('//')) return href
  if (unlocalizedPrefixes.some((prefix) => href.startsWith(prefix))) return href
  return href === '/' ? `/${locale}` : `/${locale}${href}`
}
