import { describe, expect, it } from 'vitest'
import { isLikelyBot } from './bots'
import { countablePath, noReferrer, referringDomain } from './view-key'

const chrome = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'

describe('what counts as a view', () => {
  it('counts page addresses only', () => {
    expect(countablePath('/')).toBe('/')
    expect(countablePath('/vi/get-help')).toBe('/vi/get-help')
    expect(countablePath('/News')).toBeUndefined()
    expect(countablePath('/a/../b')).toBeUndefined()
    expect(countablePath(`/${'a'.repeat(400)}`)).toBeUndefined()
  })

  it('tells people’s browsers from bots', () => {
    expect(isLikelyBot(chrome)).toBe(false)
    expect(isLikelyBot('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(true)
    expect(isLikelyBot('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36')).toBe(true)
    expect(isLikelyBot('curl/8.5.0')).toBe(true)
    expect(isLikelyBot(undefined)).toBe(true)
  })

  it('keeps only the referring site’s domain', () => {
    expect(referringDomain('https://www.Example.org/some/private/page?q=me', 'freedomline.org.uk')).toBe('example.org')
    expect(referringDomain('https://freedomline.org.uk/news', 'freedomline.org.uk')).toBe(noReferrer)
    expect(referringDomain(undefined, 'freedomline.org.uk')).toBe(noReferrer)
    expect(referringDomain('android-app://com.example', 'freedomline.org.uk')).toBe(noReferrer)
    expect(referringDomain('not a url', 'freedomline.org.uk')).toBe(noReferrer)
  })
})
