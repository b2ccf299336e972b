import { describe, expect, it } from 'vitest'
import { createPreviewToken, verifyPreviewToken } from './preview-token'

const secret = 's'.repeat(64)
const now = Date.UTC(2026, 0, 1, 12)
const claim = { collection: 'pages', id: '42' }

describe('preview tokens', () => {
  it('accept a genuine token and give back what it was issued for', () => {
    expect(verifyPreviewToken(secret, createPreviewToken(secret, claim, now), now)).toEqual(claim)
  })

  it('refuse a token whose document was changed, or signed with another secret', () => {
    const token = createPreviewToken(secret, claim, now)
    expect(verifyPreviewToken(secret, token.replace('.42.', '.43.'), now)).toBeUndefined()
    expect(verifyPreviewToken(secret, token.replace('pages.', 'news.'), now)).toBeUndefined()
    expect(verifyPreviewToken('o'.repeat(64), token, now)).toBeUndefined()
  })

  it('refuse a token whose expiry was pushed back', () => {
    const [collection, id, expires, signature] = createPreviewToken(secret, claim, now).split('.')
    const extended = [collection, id, Number(expires) + 86_400, signature].join('.')
    expect(verifyPreviewToken(secret, extended, now)).toBeUndefined()
  })

  it('work for an hour and no longer', () => {
    const token = createPreviewToken(secret, claim, now)
    expect(verifyPreviewToken(secret, token, now + 59 * 60_000)).toEqual(claim)
    expect(verifyPreviewToken(secret, token, now + 61 * 60_000)).toBeUndefined()
  })

  it('refuse malformed input without throwing', () => {
    for (const junk of ['', 'abc', 'a.b.c', 'a.b.c.d.e', 'pages.1.9999999999.']) {
      expect(verifyPreviewToken(secret, junk, now)).toBeUndefined()
    }
  })
})
