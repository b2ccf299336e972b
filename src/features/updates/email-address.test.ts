import { describe, expect, it } from 'vitest'
import { normaliseEmail } from './email-address'

const ok = (input: string) => {
  const result = normaliseEmail(input)
  if (!result.ok) throw new Error(`${input} was refused: ${result.problem}`)
  return result.email
}
const problem = (input: string) => {
  const result = normaliseEmail(input)
  return result.ok ? 'accepted' : result.problem
}

describe('normaliseEmail', () => {
  it('trims, lower-cases the domain and keeps the local part as typed', () => {
    expect(ok('  Ana.Pop@Example.ORG ')).toEqual({ address: 'Ana.Pop@example.org', key: 'ana.pop@example.org' })
  })
  it('gives the same key whatever the case the person typed', () => {
    expect(ok('ANA@example.org').key).toBe(ok('ana@EXAMPLE.org').key)
  })
  it('accepts internationalised addresses and treats a punycode domain as the same domain', () => {
    expect(ok('jörg@Bücher.de')).toEqual({ address: 'jörg@bücher.de', key: 'jörg@bücher.de' })
    expect(ok('jörg@xn--bcher-kva.de').key).toBe(ok('JÖRG@bücher.de').key)
    expect(ok('用户@例子.广告').address).toBe('用户@例子.广告')
    expect(ok('nguyễn@ví-dụ.vn').address).toBe('nguyễn@ví-dụ.vn')
  })
  it('says when nothing was typed', () => {
    expect(problem('')).toBe('missing')
    expect(problem('   ')).toBe('missing')
  })
  it('refuses addresses over 254 characters', () => {
    expect(problem(`${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.org`)).toBe('tooLong')
  })
  it('refuses malformed addresses, script tags, control and invisible characters', () => {
    for (const input of [
      'no-at-sign',
      '@example.org',
      'ana@',
      'ana@localhost',
      'ana@@example.org',
      'ana..pop@example.org',
      '.ana@example.org',
      'ana pop@example.org',
      'ana@exa_mple.org',
      'ana@-example.org',
      'ana@1.2.3.4',
      '"ana"@example.org',
      '<script>alert(1)</script>@example.org',
      'ana@example.org<script>',
      'ana\u0000@example.org',
      'ana\r\nBcc: x@example.org',
      'ana\u200b@example.org',
    ]) {
      expect(problem(input), input).toBe('invalid')
    }
  })
})
