import { describe, expect, it } from 'vitest'
import { consentCoversWeb, consentProblems } from './consent'

const now = new Date('2026-06-01T12:00:00Z')
const good = { givenOn: '2026-01-01', scope: ['web', 'print'], reviewBy: '2027-01-01', withdrawnOn: null }

describe('consentCoversWeb', () => {
  it('covers a story with current web consent', () => expect(consentCoversWeb({ consent: good }, now)).toBe(true))
  it('does not cover print-only consent', () => expect(consentCoversWeb({ consent: { ...good, scope: ['print'] } }, now)).toBe(false))
  it('lapses on the review date', () => expect(consentCoversWeb({ consent: { ...good, reviewBy: '2026-05-31' } }, now)).toBe(false))
  it('ends when withdrawn', () => expect(consentCoversWeb({ consent: { ...good, withdrawnOn: '2026-05-01' } }, now)).toBe(false))
  it('needs a record', () => expect(consentCoversWeb({ consent: null }, now)).toBe(false))
})

describe('consentProblems', () => {
  it('lets good consent publish', () => expect(consentProblems(good, true, now)).toEqual([]))
  it('names the fields that stop publishing', () =>
    expect(consentProblems({}, true, now).map((p) => p.field)).toEqual(['givenOn', 'scope', 'reviewBy']))
  it('refuses withdrawal before consent even for a draft', () =>
    expect(consentProblems({ ...good, withdrawnOn: '2025-12-01' }, false, now).map((p) => p.field)).toEqual(['withdrawnOn']))
})
