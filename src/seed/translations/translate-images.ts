import type { Payload } from 'payload'
import type { ImageKey } from '../images'
import type { SeedTools } from '../types'
import type { Translation } from './types'

/** Writes the alt text and caption of each translated image, unless it already has alt text in that language. */
export async function translateImages(payload: Payload, translation: Translation, tools: SeedTools): Promise<number> {
  const { locale } = translation
  let translated = 0
  for (const [key, text] of Object.entries(translation.images) as [ImageKey, { alt: string; caption: string }][]) {
    const id = tools.image(key)
    const existing = await payload.findByID({ collection: 'media', id, locale, fallbackLocale: false, depth: 0, overrideAccess: true })
    if (existing.alt) continue
    await payload.update({ collection: 'media', id, locale, data: { alt: text.alt, caption: text.caption }, overrideAccess: true })
    translated++
  }
  return translated
}
