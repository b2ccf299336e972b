import i18next, { type i18n } from 'i18next'
import { defaultLocale, locales, type LocaleCode } from '../site/locales'
import ar from './catalogs/ar.json'
import en from './catalogs/en.json'
import lt from './catalogs/lt.json'
import pl from './catalogs/pl.json'
import ro from './catalogs/ro.json'
import sq from './catalogs/sq.json'
import vi from './catalogs/vi.json'

/** English is the source catalog: its keys are the contract every other catalog must meet. */
export type Catalog = typeof en
export const catalogs: Record<LocaleCode, Catalog> = { en, vi, lt, ro, sq, pl, ar }

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every message key, e.g. "layout.skipLink"; a typo is a type error. */
export type MessageKey = Leaves<Catalog>
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

const instanceKey = Symbol.for('abolition.i18n')
type Holder = { [instanceKey]?: i18n }

function instance(): i18n {
  const holder = globalThis as Holder
  if (!holder[instanceKey]) {
    const created = i18next.createInstance()
    void created.init({
      resources: Object.fromEntries(Object.entries(catalogs).map(([code, catalog]) => [code, { translation: catalog }])),
      lng: defaultLocale,
      fallbackLng: defaultLocale,
      supportedLngs: locales.map((locale) => locale.code),
      // Views escape output (hono/jsx), so values must not be escaped twice.
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    })
    holder[instanceKey] = created
  }
  return holder[instanceKey]
}

/** The UI strings of one language; a key missing there falls back to English. */
export function translator(locale: string): Translate {
  const t = instance().getFixedT(locale)
  return (key, values) => t(key, values ?? {})
}
