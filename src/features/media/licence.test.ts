import { describe, expect, it } from 'vitest'
import { licenceHorizon, licenceState } from './licence'

const now = new Date('2026-06-01T12:00:00Z')

describe('licenceState', () => {
  it('is current without an expiry date or with one far off', () => {
    expect(licenceState(null, now)).toBe('current')
    expect(licenceState('2026-09-01', now)).toBe('current')
  })
  it('is expiring within 30 days', () => {
    expect(licenceState('2026-06-20', now)).toBe('expiring')
    expect(licenceState(licenceHorizon(now).toISOString(), now)).toBe('expiring')
  })
  it('is expired from the expiry date on', () => {
    expect(licenceState('2026-06-01T12:00:00Z', now)).toBe('expired')
    expect(licenceState('2025-01-01', now)).toBe('expired')
  })
})
