import { describe, expect, it } from 'vitest'
import { isLocaleCode } from '../../site/locales'
import type { ImageKey } from '../images'
import type { RichTextContent } from '../markdown'
import { pageSeeds } from '../pages'
import { pathOf, type SeedTools } from '../types'
import { translations } from '.'

/**
 * Stands in for the Markdown converter: it keeps a text's shape (headings, list items,
 * paragraphs, link targets, bold and italic runs) and drops its words, so a translation can be
 * compared with the English block by block without a Payload instance.
 */
function markdownShape(markdown: string): RichTextContent {
  const children = markdown
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({
      type: line.startsWith('## ') ? 'heading' : line.startsWith('- ') ? 'bullet' : /^\d+\. /.test(line) ? 'number' : 'paragraph',
      version: 1,
      links: [...line.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]),
      bold: line.split('**').length - 1,
      italic: line.replaceAll('**', '').split('*').length - 1,
    }))
  return { root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } }
}

const imageIds: Record<string, number> = { horizon: 1, paths: 2, fields: 3, circles: 4, doorways: 5, tiles: 6 }
const tools: SeedTools = {
  markdown: markdownShape,
  image: (key: ImageKey) => imageIds[key] ?? 0,
  page: (path) => pageSeeds.findIndex((seed) => pathOf(seed) === path) + 100,
  story: (slug) => (slug === 'hai' ? 201 : 202),
}

/** Every editor-visible word replaced by a placeholder; ids, links, dates and block order kept. */
const textFields = new Set(['label', 'heading', 'text', 'quote', 'attribution', 'value', 'source', 'caption'])
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, textFields.has(key) && typeof inner === 'string' ? 'text' : shape(inner)]))
  }
  return value
}

const englishPage = (path: string) => {
  const seed = pageSeeds.find((candidate) => pathOf(candidate) === path)
  if (!seed) throw new Error(`${path} is not a seeded page`)
  return seed
}

describe.each(translations)('the $locale demo content', (translation) => {
  it('is in a configured language', () => {
    expect(isLocaleCode(translation.locale)).toBe(true)
  })

  it('translates the explainer, and leaves some pages untranslated on purpose', () => {
    expect(Object.keys(translation.pages)).toContain('/slavery-today/human-trafficking')
    expect(pageSeeds.some((seed) => !(pathOf(seed) in translation.pages))).toBe(true)
  })

  it.each(Object.keys(translation.pages))('has %s with the same blocks, images, links and dates as the English', (path) => {
    const english = englishPage(path)
    const translated = translation.pages[path]
    expect(translated).toBeDefined()
    if (!translated) return
    expect(shape(translated.layout(tools))).toEqual(shape(english.layout(tools)))
    expect(translated.title).not.toBe(english.title)
    expect(translated.intro).not.toBe(english.intro)
    expect(Object.keys(translated.seo ?? {})).toEqual(Object.keys(english.seo ?? {}))
  })

  it('keeps the figure as a decimal-comma 2,5', () => {
    const statistic = translation.pages['/slavery-today/human-trafficking']?.layout(tools).find((block) => block.blockType === 'statistic')
    expect(statistic?.blockType === 'statistic' && statistic.value).toMatch(/2,5/)
  })

  it('keeps the helpline number', () => {
    expect(translation.siteSettings.footerText).toContain('08000 121 700')
  })
})
