import type { Payload } from 'payload'
import type { SeedTools } from '../types'
import type { Translation } from './types'

/**
 * Writes each translated page in its language, unless the page already has a title there (an
 * editor's or an earlier run's). Title, intro, search fields and layout go in one update, so a
 * page is either wholly translated or not at all. The layout is a localized blocks field: the
 * language gets its own list of blocks and the English list is untouched.
 */
export async function translatePages(payload: Payload, translation: Translation, tools: SeedTools): Promise<number> {
  const { locale } = translation
  let translated = 0
  for (const [path, page] of Object.entries(translation.pages)) {
    const id = tools.page(path)
    const existing = await payload.findByID({ collection: 'pages', id, locale, fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
    if (existing.title) continue
    await payload.update({
      collection: 'pages',
      id,
      locale,
      data: { title: page.title, hero: { intro: page.intro }, seo: page.seo, layout: page.layout(tools), _status: 'published' },
      overrideAccess: true,
    })
    translated++
  }
  return translated
}
