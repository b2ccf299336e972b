import { describe, expect, it } from 'vitest'
import { claimCsv } from './claim-csv'
import { type ClaimRow, toClaimRows } from './claim-rows'

const blankRow: ClaimRow = {
  title: '',
  firstName: 'Ana',
  lastName: 'Pop',
  house: '12',
  postcode: 'S19 2BD',
  aggregated: '',
  sponsored: '',
  date: '01/02/26',
  amount: '20.00',
}

describe('claimCsv', () => {
  it('writes the header and one line per row, CRLF, blanks left empty', () => {
    const rows = toClaimRows([
      {
        title: 'Mrs',
        firstName: 'Zoë',
        lastName: "O'Brien-Smith",
        houseNameOrNumber: 'Rose Cottage',
        postcode: 's192bd',
        date: new Date('2026-02-01T12:00:00Z'),
        amountPence: 123456,
      },
      { title: null, firstName: 'Jo', lastName: 'Lee', houseNameOrNumber: '4', postcode: null, date: new Date('2026-02-02T12:00:00Z'), amountPence: 1 },
    ])
    expect(claimCsv(rows)).toBe(
      'Title,First name,Last name,House name or number,Postcode,Aggregated donations,Sponsored event,Donation date,Amount\r\n' +
        "Mrs,Zoe,O'Brien Smith,Rose Cottage,S19 2BD,,,01/02/26,1234.56\r\n" +
        ',Jo,Lee,4,X,,,02/02/26,0.01\r\n',
    )
  })

  it('quotes a comma, a quote and a line break as RFC 4180 does', () => {
    const csv = claimCsv([{ ...blankRow, house: 'Flat 1, "The Oaks"\nHigh St' }])
    expect(csv.split('\r\n')[1]).toBe(',Ana,Pop,"Flat 1, ""The Oaks""\nHigh St",S19 2BD,,,01/02/26,20.00')
  })

  it('turns a cell that starts like a formula into text', () => {
    const csv = claimCsv([{ ...blankRow, firstName: '=HYPERLINK("http://evil.example")', lastName: '+44', house: '@SUM(A1)', title: '-1' }])
    expect(csv.split('\r\n')[1]).toBe(`'-1,"'=HYPERLINK(""http://evil.example"")",'+44,'@SUM(A1),S19 2BD,,,01/02/26,20.00`)
  })

  it('writes only the header for an empty schedule', () => {
    expect(claimCsv([]).split('\r\n')).toHaveLength(2)
  })
})
