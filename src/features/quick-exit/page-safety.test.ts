import { describe, expect, it } from 'vitest'
import { pageSafety } from './page-safety'

const settings = (safety: { quickExitOnEveryPage?: boolean; neutralTitles?: boolean } = {}) => ({
  safety: { quickExitUrl: 'https://weather.example.org/', ...safety },
})

describe('what a page does for a reader at risk', () => {
  it('gives every get-help page, in every language, the quick exit and no referrer', () => {
    for (const path of ['/get-help', '/get-help/staying-safe-online', '/vi/get-help', '/ar/get-help/staying-safe-online']) {
      expect(pageSafety(settings(), path), path).toEqual({ helpPage: true, quickExitUrl: 'https://weather.example.org/', neutralTitle: false })
    }
  })

  it('leaves other pages alone unless the settings ask for the quick exit everywhere', () => {
    expect(pageSafety(settings(), '/news').quickExitUrl).toBeUndefined()
    expect(pageSafety(settings(), '/get-helpful').helpPage).toBe(false)
    expect(pageSafety(settings({ quickExitOnEveryPage: true }), '/news')).toEqual({
      helpPage: false,
      quickExitUrl: 'https://weather.example.org/',
      neutralTitle: false,
    })
  })

  it('uses a neutral title on get-help pages only, when asked', () => {
    expect(pageSafety(settings({ neutralTitles: true }), '/lt/get-help').neutralTitle).toBe(true)
    expect(pageSafety(settings({ neutralTitles: true }), '/').neutralTitle).toBe(false)
  })
})
