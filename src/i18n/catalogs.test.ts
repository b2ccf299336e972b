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

describe.each(locales.map((locale) => locale.code))('the %s catalog', (code) => {
  const messages = new Map(leaves(catalogs[code]))

  it('has every message the English catalog has, and no others', () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it('keeps every {{placeholder}} of the English message', () => {
    for (const [key, text] of english) expect(placeholders(messages.get(key) ?? ''), key).toEqual(placeholders(text))
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

  it('answers in the reader’s language', () => {
    const key: MessageKey = 'layout.skipLink'
    expect(translator('vi')(key)).not.toBe(translator('en')(key))
  })
})
