import { describe, expect, it } from 'vitest'
import { daysBetween } from './signatures-per-day'

describe('daysBetween', () => {
  it('lists every day, both ends included, across a month end', () => {
    expect(daysBetween('2026-01-30', '2026-02-02')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02'])
  })
  it('is one day when first and last are the same', () => expect(daysBetween('2026-03-29', '2026-03-29')).toEqual(['2026-03-29']))
})
