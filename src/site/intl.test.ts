import { describe, expect, it } from 'vitest'
import { dateFormat, numberFormat } from './intl'

describe('Intl formatters', () => {
  it('are made once per language and options, and format as Intl does', () => {
    const options = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const
    expect(dateFormat('vi', options)).toBe(dateFormat('vi', { ...options }))
    expect(dateFormat('vi', options)).not.toBe(dateFormat('en', options))
    expect(dateFormat('en-GB', options).format(new Date('2022-09-12T00:00:00Z'))).toBe('September 2022')
    expect(numberFormat('en-GB')).toBe(numberFormat('en-GB'))
    expect(numberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(10.5)).toBe('£10.50')
  })
})
