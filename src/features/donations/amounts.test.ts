import { describe, expect, it } from 'vitest'
import { donationOptions, formatMoney, parseAmount } from './amounts'

const limits = { minimumPence: 200, maximumPence: 1_000_000 }

describe('parseAmount', () => {
  it.each([
    ['10', 1000],
    ['10.5', 1050],
    ['10.50', 1050],
    ['£25', 2500],
    ['£ 1,000', 100_000],
    [' 2 ', 200],
    ['10,50', 1050],
    ['10,5', 1050],
    ['1 000', 100_000],
    ['١٠', 1000],
    ['١٠٫٥٠', 1050],
    ['0.99e3', undefined],
  ])('reads %j', (input, pence) => {
    const result = parseAmount(input, limits)
    if (pence === undefined) expect(result.ok).toBe(false)
    else expect(result).toEqual({ ok: true, pence })
  })

  it.each([
    ['', 'missing'],
    ['   ', 'missing'],
    ['0', 'notPositive'],
    ['0.00', 'notPositive'],
    ['-5', 'notPositive'],
    ['ten', 'notNumber'],
    ['1e3', 'notNumber'],
    ['10.505', 'tooManyDecimals'],
    ['1.99', 'belowMinimum'],
    ['10000.01', 'aboveMaximum'],
    ['99999999999', 'notNumber'],
  ])('refuses %j as %s', (input, problem) => {
    expect(parseAmount(input, limits)).toEqual({ ok: false, problem })
  })
})

describe('donationOptions', () => {
  it('never goes below Stripe’s floor and drops presets outside the limits', () => {
    const options = donationOptions({
      donations: { minimumPounds: 0.1, maximumPounds: 100, oneOffAmounts: [{ pounds: 10, impact: 'x' }, { pounds: 500 }], monthlyAmounts: [] },
    })
    expect(options.minimumPence).toBe(30)
    expect(options.presets['one-off']).toEqual([{ pence: 1000, impact: 'x' }])
  })

  it('defaults to a £2 minimum', () => {
    expect(donationOptions({ donations: {} }).minimumPence).toBe(200)
  })
})

describe('formatMoney', () => {
  it('shows pence only when there are some', () => {
    expect(formatMoney(1000, 'en')).toBe('£10')
    expect(formatMoney(1050, 'en')).toBe('£10.50')
  })
})
