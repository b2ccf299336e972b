import { describe, expect, it } from 'vitest'
import { countryOptions, isCountryCode, normaliseUkPostcode, postcodeArea } from './countries'

describe('countries and UK postcodes', () => {
  it('knows ISO codes and names them in the reader’s language', () => {
    expect(isCountryCode('GB')).toBe(true)
    expect(isCountryCode('ZZ')).toBe(false)
    expect(countryOptions('pl').find((option) => option.value === 'DE')?.label).toBe('Niemcy')
  })

  it('writes valid postcodes the Royal Mail way and refuses malformed ones', () => {
    expect(normaliseUkPostcode('sw1a1aa')).toBe('SW1A 1AA')
    expect(normaliseUkPostcode(' M1  1AE ')).toBe('M1 1AE')
    for (const bad of ['12345', 'SW1A', 'SW1A 1A', 'ABC 1AA']) expect(normaliseUkPostcode(bad)).toBeUndefined()
    expect(postcodeArea('SW1A 1AA')).toBe('SW1A')
  })
})
