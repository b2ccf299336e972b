import { describe, expect, it } from 'vitest'
import { parseForm } from '../../site/forms/parse'
import { signUpSchema } from './form-schema'

const post = (interests: string[]) => ({ email: 'Reader@Example.org', interests, wording: '3', form: 'footer', page: '/updates' })

describe('the sign-up schema', () => {
  it('is built once per topic list and reused (a fresh zod object per request costs a compiled parser)', () => {
    expect(signUpSchema(['1', '2'])).toBe(signUpSchema(['1', '2']))
    expect(signUpSchema(['1', '2'])).not.toBe(signUpSchema(['1']))
  })

  it('checks the topics against the list it was asked for, not one cached for another list', () => {
    expect(parseForm(signUpSchema(['1', '2']), post(['2'])).ok).toBe(true)
    const refused = parseForm(signUpSchema(['1']), post(['2']))
    expect(refused).toEqual({ ok: false, errors: { interests: 'updates.errors.interestsInvalid' } })
    expect(parseForm(signUpSchema(['1', '2']), post(['2'])).ok).toBe(true)
  })
})
