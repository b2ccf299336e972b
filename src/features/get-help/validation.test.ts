import { describe, expect, it } from 'vitest'
import { countryCodeError, emergencyNumberError, helplineNumberError, httpsUrlError, telHref } from './validation'

describe('helpline numbers', () => {
  it.each(['08000 121 700', '+44 8000 121 700', '1-888-373-7888', '116 006'])('accepts %s', (number) => {
    expect(helplineNumberError(number)).toBeUndefined()
  })

  it.each([
    ['', 'Enter the helpline’s phone number'],
    ['call 0800', 'Use only digits'],
    ['+0 800 121', 'An international number'],
    ['+44 12', 'An international number'],
    ['12', 'between 3 and 15 digits'],
    ['0800 121 700 121 700 12', 'between 3 and 15 digits'],
  ])('refuses %j and says how to fix it', (number, message) => {
    expect(helplineNumberError(number)).toContain(message)
  })

  it('dials the digits only', () => {
    expect(telHref('08000 121 700')).toBe('tel:08000121700')
    expect(telHref('+44 8000-121-700')).toBe('tel:+448000121700')
  })

  it('checks emergency numbers and country codes', () => {
    expect(emergencyNumberError('999')).toBeUndefined()
    expect(emergencyNumberError('9 9 9')).toContain('2 to 6 digits')
    expect(countryCodeError('GB')).toBeUndefined()
    expect(countryCodeError('gb')).toContain('two-letter code')
  })
})

describe('quick-exit and report addresses', () => {
  it('accepts only whole https addresses', () => {
    expect(httpsUrlError('https://www.bbc.co.uk/weather', { required: true })).toBeUndefined()
    expect(httpsUrlError('http://www.bbc.co.uk/weather', { required: true })).toContain('https://')
    expect(httpsUrlError('javascript:alert(1)', { required: true })).toContain('https://')
    expect(httpsUrlError('https://user:pass@example.org', { required: true })).toContain('https://')
    expect(httpsUrlError('www.bbc.co.uk', { required: true })).toContain('whole web address')
    expect(httpsUrlError('', { required: true })).toContain('Enter a web address')
    expect(httpsUrlError('', { required: false })).toBeUndefined()
  })
})
