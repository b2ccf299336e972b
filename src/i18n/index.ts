import i18next, { type i18n } from 'i18next'
import { defaultLocale, locales, type LocaleCode } from '../site/locales'
import ar from './catalogs/ar.json'
import en from './catalogs/en.json'
import lt from './catalogs/lt.json'
import pl from './catalogs/pl.json'
import ro from './catalogs/ro.json'
import sq from './catalogs/sq.json'
import vi from './catalogs/vi.json'

/** i18next's plural suffixes (from Intl.PluralRules): "x_one"/"x_other" are looked up as "x" with a count. */
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'
type WithoutPluralSuffix<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K

/**
 * English's keys, except that of a plural message only "_other" is required: each language has its
 * own plural forms (Vietnamese one, Polish four), which the catalog test checks.
 */
type CatalogShape<T> = {
  [K in keyof T as K extends `${string}_${Exclude<PluralSuffix, 'other'>}` ? never : K]: T[K] extends string ? string : CatalogShape<T[K]>
}

/** English is the source catalog: its keys are the contract every other catalog must meet. */
export type Catalog = CatalogShape<typeof en>
export const catalogs: Record<LocaleCode, Catalog> = { en, vi, lt, ro, sq, pl, ar }

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${WithoutPluralSuffix<K>}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every message key, e.g. "layout.skipLink" (a plural one without its suffix); a typo is a type error. */
export type MessageKey = Leaves<typeof en>
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
