import { describe, expect, it } from 'vitest'
import { csvCell, csvRow } from './csv'

describe('csvCell', () => {
  it('turns anything a spreadsheet would run into text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(csvCell('+1+1')).toBe("'+1+1")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tcmd')).toBe("'\tcmd")
    expect(csvCell('\r=1')).toBe(`"'\r=1"`)
  })
  it('leaves ordinary values alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('ana@example.org')).toBe('ana@example.org')
    expect(csvCell('Pop, Ana')).toBe('"Pop, Ana"')
    expect(csvCell(null)).toBe('')
    expect(csvRow(['a', 2, undefined])).toBe('a,2,\r\n')
  })
})
