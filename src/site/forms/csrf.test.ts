import { describe, expect, it } from 'vitest'
import { isSameOriginRequest } from './csrf'

const site = 'https://freedom.example/'
const check = (headers: Record<string, string>) => isSameOriginRequest(new Headers(headers), site)

describe('isSameOriginRequest', () => {
  it('accepts a POST whose Origin is the site', () => {
    expect(check({ origin: 'https://freedom.example' })).toBe(true)
  })
  it('accepts a browser that says the request is same-origin', () => {
    expect(check({ 'sec-fetch-site': 'same-origin' })).toBe(true)
  })
  it('refuses another site, a sibling subdomain, plain http and an opaque origin', () => {
    expect(check({ origin: 'https://evil.example' })).toBe(false)
    expect(check({ origin: 'https://shop.freedom.example', 'sec-fetch-site': 'same-site' })).toBe(false)
    expect(check({ origin: 'http://freedom.example' })).toBe(false)
    expect(check({ origin: 'null', 'sec-fetch-site': 'cross-site' })).toBe(false)
  })
  it('refuses a request that carries neither header', () => {
    expect(check({})).toBe(false)
  })
})
