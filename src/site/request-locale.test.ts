import { describe, expect, it } from 'vitest'
import { localizeHref, splitLocale } from './request-locale'

describe('splitLocale', () => {
  it('reads the language prefix and leaves the page address', () => {
    expect(splitLocale('/vi/slavery-today/human-trafficking')).toEqual({ locale: 'vi', path: '/slavery-today/human-trafficking', explicitDefault: false })
    expect(splitLocale('/ar')).toEqual({ locale: 'ar', path: '/', explicitDefault: false })
  })

  it('treats unprefixed addresses as English, and flags an explicit /en prefix', () => {
    expect(splitLocale('/news')).toEqual({ locale: 'en', path: '/news', explicitDefault: false })
    expect(splitLocale('/en/news')).toEqual({ locale: 'en', path: '/news', explicitDefault: true })
  })

  it('does not mistake a two-letter page or an unknown language for a prefix', () => {
    expect(splitLocale('/xx/page').locale).toBe('en')
    expect(splitLocale('/vietnam').path).toBe('/vietnam')
  })
})

describe('localizeHref', () => {
  it('keeps site links in the reader’s language', () => {
    expect(localizeHref('lt', '/donate')).toBe('/lt/donate')
    expect(localizeHref('lt', '/')).toBe('/lt')
    expect(localizeHref('en', '/donate')).toBe('/donate')
  })

  it('leaves files, the admin and other sites alone', () => {
    for (const href of ['/media/a.webp', '/assets/site.css', '/admin', '/feed.xml', 'https://example.org/', '//evil.example', 'mailto:a@b.c']) {
      expect(localizeHref('pl', href)).toBe(href)
    }
  })
})
