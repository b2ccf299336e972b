import { describe, expect, it } from 'vitest'
import { nextAnniversary, wholeYearsBetween } from './OldNewsNotice'

describe('the age of a news item', () => {
  it('counts whole years, like birthdays', () => {
    const published = new Date('2022-06-15T10:00:00Z')
    expect(wholeYearsBetween(published, new Date('2024-06-14T23:00:00Z'))).toBe(1)
    expect(wholeYearsBetween(published, new Date('2024-06-15T10:00:00Z'))).toBe(2)
    expect(wholeYearsBetween(published, new Date('2022-01-01T00:00:00Z'))).toBe(0)
  })
})

describe('nextAnniversary', () => {
  it('is the next date the whole-year age changes', () => {
    expect(nextAnniversary(new Date('2024-03-09T00:00:00Z'), new Date('2026-11-26T00:00:00Z')).toISOString()).toBe('2027-03-09T00:00:00.000Z')
    expect(nextAnniversary(new Date('2026-03-09T00:00:00Z'), new Date('2026-11-26T00:00:00Z')).toISOString()).toBe('2027-03-09T00:00:00.000Z')
    expect(nextAnniversary(new Date('2025-12-01T00:00:00Z'), new Date('2026-11-26T00:00:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z')
  })
})
