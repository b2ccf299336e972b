import { describe, expect, it } from 'vitest'
import { type ClaimDonation, chunkSchedules, claimColumns, toClaimRows } from './claim-rows'

const donation = (overrides: Partial<ClaimDonation> = {}): ClaimDonation => ({
  title: 'Mrs',
  firstName: 'Ana',
  lastName: 'Pop',
  houseNameOrNumber: '12',
  postcode: 'S19 2BD',
  date: new Date('2026-02-01T12:00:00Z'),
  amountPence: 2000,
  ...overrides,
})
const row = (overrides: Partial<ClaimDonation> = {}) => {
  const [only] = toClaimRows([donation(overrides)])
  if (!only) throw new Error('no row')
  return only
}

describe('toClaimRows', () => {
  it('writes one complete row in HMRC format, with the two columns we never use left blank', () => {
    expect(row()).toEqual({
      title: 'Mrs',
      firstName: 'Ana',
      lastName: 'Pop',
      house: '12',
      postcode: 'S19 2BD',
      aggregated: '',
      sponsored: '',
      date: '01/02/26',
      amount: '20.00',
    })
    expect(claimColumns).toEqual([
      'Title',
      'First name',
      'Last name',
      'House name or number',
      'Postcode',
      'Aggregated donations',
      'Sponsored event',
      'Donation date',
      'Amount',
    ])
  })

  it('puts a space for the hyphen of a double-barrelled name and keeps apostrophes', () => {
    expect(row({ lastName: 'Smith-Jones' }).lastName).toBe('Smith Jones')
    expect(row({ firstName: 'Anne-Marie' }).firstName).toBe('Anne Marie')
    expect(row({ lastName: 'Smith – Jones' }).lastName).toBe('Smith Jones')
    expect(row({ lastName: "O'Brien" }).lastName).toBe("O'Brien")
    expect(row({ lastName: 'O’Brien' }).lastName).toBe("O'Brien")
  })

  it('writes accented Latin letters plainly and leaves other scripts alone', () => {
    expect(row({ firstName: 'Zoë' }).firstName).toBe('Zoe')
    expect(row({ firstName: 'Łukasz', lastName: 'Żółkiewski' })).toMatchObject({ firstName: 'Lukasz', lastName: 'Zolkiewski' })
    expect(row({ lastName: 'Nguyễn' }).lastName).toBe('Nguyen')
    expect(row({ lastName: 'Øster-Straße' }).lastName).toBe('Oster Strasse')
    expect(row({ firstName: 'محمد' }).firstName).toBe('محمد')
  })

  it('tidies spaces and cuts names at 35 characters without a trailing space', () => {
    expect(row({ firstName: '  Mary \t Ann\n ' }).firstName).toBe('Mary Ann')
    const long = 'Abcdefghij Klmnopqrst Uvwxyzabcd Efghijkl' // 41 characters
    expect(row({ lastName: long }).lastName).toBe('Abcdefghij Klmnopqrst Uvwxyzabcd Ef')
    expect(row({ lastName: 'A'.repeat(35) }).lastName).toHaveLength(35)
    expect(row({ lastName: `${'A'.repeat(34)} B` }).lastName).toBe('A'.repeat(34))
  })

  it('never lets a name or house start like a formula', () => {
    const r = row({ firstName: '=HYPERLINK("http://evil.example")', lastName: '@SUM(A1)', houseNameOrNumber: '+44 7700' })
    expect(r.firstName).toBe('HYPERLINK("http://evil.example")')
    expect(r.lastName).toBe('SUM(A1)')
    expect(r.house).toBe('44 7700')
    expect(row({ houseNameOrNumber: '-2+3' }).house).toBe('2+3')
    expect(row({ lastName: ' = + @Smith' }).lastName).toBe('Smith')
    for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('keeps the house as given, tidied and at most 40 characters', () => {
    expect(row({ houseNameOrNumber: ' Flat 2-3,  Rose\nCottage ' }).house).toBe('Flat 2-3, Rose Cottage')
    expect(row({ houseNameOrNumber: 'x'.repeat(50) }).house).toHaveLength(40)
  })

  it('shortens or drops titles to fit 4 letters', () => {
    expect(row({ title: 'Mrs.' }).title).toBe('Mrs')
    expect(row({ title: 'Professor' }).title).toBe('Prof')
    expect(row({ title: 'Reverend' }).title).toBe('Rev')
    expect(row({ title: 'Dr.' }).title).toBe('Dr')
    expect(row({ title: 'Colonel' }).title).toBe('Col')
    expect(row({ title: 'Archdeacon' }).title).toBe('')
    expect(row({ title: null }).title).toBe('')
    expect(row({ title: '  ' }).title).toBe('')
    expect(row({ title: '=1+1' }).title).toBe('')
  })

  it('formats postcodes in capitals with one space, and X for a donor outside the UK', () => {
    expect(row({ postcode: 's192bd' }).postcode).toBe('S19 2BD')
    expect(row({ postcode: ' sw1a  1aa ' }).postcode).toBe('SW1A 1AA')
    expect(row({ postcode: 'Ec4M-8ad' }).postcode).toBe('EC4M 8AD')
    expect(row({ postcode: 'M1 1AE' }).postcode).toBe('M1 1AE')
    expect(row({ postcode: null }).postcode).toBe('X')
    expect(row({ postcode: undefined }).postcode).toBe('X')
    expect(row({ postcode: '  ' }).postcode).toBe('X')
  })

  it('writes amounts in pounds with two decimals and no £', () => {
    expect(row({ amountPence: 1 }).amount).toBe('0.01')
    expect(row({ amountPence: 2000 }).amount).toBe('20.00')
    expect(row({ amountPence: 123456 }).amount).toBe('1234.56')
    expect(row({ amountPence: 20000 }).amount).toBe('200.00')
    for (const bad of [0, -100, 12.5, Number.NaN]) expect(() => row({ amountPence: bad })).toThrow(RangeError)
  })

  it('writes the UK calendar day as DD/MM/YY', () => {
    expect(row({ date: new Date('2026-02-01T00:00:00Z') }).date).toBe('01/02/26')
    expect(row({ date: new Date('2025-12-31T23:59:59Z') }).date).toBe('31/12/25')
    // 00:30 on 1 July in British Summer Time is still 30 June in UTC.
    expect(row({ date: new Date('2026-06-30T23:30:00Z') }).date).toBe('01/07/26')
    expect(() => row({ date: new Date('not a date') })).toThrow(RangeError)
  })

  it('orders rows by date, keeping the given order for the same instant', () => {
    const at = (iso: string, lastName: string) => donation({ date: new Date(iso), lastName })
    const rows = toClaimRows([
      at('2026-03-01T10:00:00Z', 'Third'),
      at('2026-01-01T10:00:00Z', 'First'),
      at('2026-02-01T10:00:00Z', 'Second A'),
      at('2026-02-01T10:00:00Z', 'Second B'),
    ])
    expect(rows.map((r) => r.lastName)).toEqual(['First', 'Second A', 'Second B', 'Third'])
  })
})

describe('chunkSchedules', () => {
  it('splits 2,500 rows into schedules of 1,000, 1,000 and 500, in order', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => i)
    const schedules = chunkSchedules(rows)
    expect(schedules.map((s) => s.length)).toEqual([1000, 1000, 500])
    expect(schedules.flat()).toEqual(rows)
    expect(chunkSchedules(rows.slice(0, 1000))).toHaveLength(1)
    expect(chunkSchedules([])).toEqual([])
  })
})
