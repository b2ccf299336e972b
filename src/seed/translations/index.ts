import type { Payload } from 'payload'
import type { SeedTools } from '../types'
import { lt } from './lt'
import { translateImages } from './translate-images'
import { translatePages } from './translate-pages'
import { translateSiteSettings } from './translate-site-settings'
import type { Translation } from './types'
import { vi } from './vi'

/** The languages the demo content is translated into; every other language falls back to English. */
export const translations: Translation[] = [vi, lt]

/** Translates the seeded pages and images that have no text yet in each language. */
export async function translateContent(payload: Payload, tools: SeedTools): Promise<{ pages: number; images: number }> {
  let pages = 0
  let images = 0
  for (const translation of translations) {
    images += await translateImages(payload, translation, tools)
    pages += await translatePages(payload, translation, tools)
  }
  return { pages, images }
}

/** Translates the site settings; run once the English settings (and so their menu rows) exist. */
export async function translateAllSiteSettings(payload: Payload): Promise<number> {
  let translated = 0
  for (const translation of translations) if (await translateSiteSettings(payload, translation)) translated++
  return translated
}
