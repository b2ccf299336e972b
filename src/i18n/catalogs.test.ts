import { describe, expect, it } from 'vitest'
import { locales } from '../site/locales'
import { catalogs, translator, type MessageKey } from '.'

type Tree = { [key: string]: string | Tree }

const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  )

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort()

const english = new Map(leaves(catalogs.en))

/** A plural message is written "key_one", "key_other" in English; other languages have other forms. */
const pluralBase = (key: string): string | undefined => /^(.+)_(?:zero|one|two|few|many|other)$/.exec(key)?.[1]

/**
 * The keys a catalog must have: English's, except that each plural message has exactly the forms
 * the language uses (Intl.PluralRules, as i18next reads them), e.g. only "_other" in Vietnamese.
 */
function expectedKeys(code: string): string[] {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories
  const keys = new Set<string>()
  for (const key of english.keys()) {
    const base = pluralBase(key)
    if (!base) keys.add(key)
    else for (const category of categories) keys.add(`${base}_${category}`)
  }
  return [...keys].sort()
}

describe.each(locales.map((locale) => locale.code))('the %s catalog', (code) => {
  const messages = new Map(leaves(catalogs[code]))

  it('has every message the English catalog has (plurals in the forms its language uses), and no others', () => {
    expect([...messages.keys()].sort()).toEqual(expectedKeys(code))
  })

  it('keeps every {{placeholder}} of the English message', () => {
    for (const [key, text] of messages) {
      const base = pluralBase(key)
      if (!base) {
        expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''))
        continue
      }
      // "_other" keeps them all; a form for one number ("a year", "two years") may say it in words.
      const all = placeholders(english.get(`${base}_other`) ?? '')
      if (key.endsWith('_other')) expect(placeholders(text), key).toEqual(all)
      else for (const name of placeholders(text)) expect(all, key).toContain(name)
    }
  })

  it('has no empty or untranslated-looking messages', () => {
    for (const [key, text] of messages) {
      expect(text.trim(), key).not.toBe('')
      if (code !== 'en' && text.length > 12) expect(text, `${code}.${key} is still English`).not.toBe(english.get(key))
    }
  })
})

describe('translator', () => {
  it('fills placeholders without escaping (views escape their output)', () => {
    expect(translator('en')('layout.charityLine', { name: 'A & B', number: '1' })).toBe('A & B is a registered charity, number 1.')
  })

  it('chooses the plural form the number needs', () => {
    expect(translator('en')('news.oldNotice', { count: 1 })).toBe('This article is more than 1 year old.')
    expect(translator('en')('news.oldNotice', { count: 5 })).toBe('This article is more than 5 years old.')
    expect(translator('pl')('news.oldNotice', { count: 2 })).not.toBe(translator('pl')('news.oldNotice', { count: 5 }))
  })

  it('answers in the reader’s language', () => {
    const key: MessageKey = 'layout.skipLink'
    expect(translator('vi')(key)).not.toBe(translator('en')(key))
  })
})
