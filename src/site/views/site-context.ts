import { createContext, useContext } from 'hono/jsx'
import { translator, type Translate } from '../../i18n'
import { defaultLocale } from '../locales'
import { localizeHref } from '../request-locale'

export type SiteContextValue = {
  locale: string
  t: Translate
  /** A site path in the reader's language (e.g. /donate -> /vi/donate). */
  href: (path: string) => string
}

export const siteContextFor = (locale: string): SiteContextValue => ({
  locale,
  t: translator(locale),
  href: (path) => localizeHref(locale, path),
})

/** The reader's language and its strings, provided once by the layout to every view below it. */
export const SiteContext = createContext<SiteContextValue>(siteContextFor(defaultLocale))

export const useSite = (): SiteContextValue => useContext(SiteContext)
