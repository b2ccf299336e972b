import type { LocaleCode } from '../../site/locales'
import type { ImageKey } from '../images'
import type { LayoutBlock, SeedTools } from '../types'

/** A seeded page in another language: the same blocks as the English page, in the same order. */
export type PageTranslation = {
  title: string
  intro: string
  seo?: { title?: string; description?: string }
  layout: (tools: SeedTools) => LayoutBlock[]
}

export type ImageTranslation = { alt: string; caption: string }

export type SiteSettingsTranslation = {
  tagline: string
  footerText: string
  /** Navigation and footer link labels, by the English label the seed gives them. */
  linkLabels: Readonly<Record<string, string>>
  /** Sign-up topics, by their English label. */
  interestLabels: Readonly<Record<string, string>>
  /** The UK helpline's words (its numbers are the same in every language). */
  helpline: { countryName: string; name: string; hours: string; languages: string }
}

/**
 * The demo content in one language. Only some pages are translated on purpose: the rest show
 * the English text with the "not yet translated" notice, which the site must handle too.
 */
export type Translation = {
  locale: Exclude<LocaleCode, 'en'>
  /** By the English page's address. */
  pages: Readonly<Record<string, PageTranslation>>
  images: Partial<Record<ImageKey, ImageTranslation>>
  siteSettings: SiteSettingsTranslation
}
