import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32, inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { claimOds, xmlText } from './claim-ods'
import { type ClaimRow, claimColumns, toClaimRows } from './claim-rows'

type ZipRead = { name: string; method: number; extraLength: number; localOffset: number; data: Buffer; crcMatches: boolean }

/** Reads a ZIP the way an unzipper does: from the end record, through the central directory, to each local header. */
function unzip(file: Buffer): ZipRead[] {
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('no end of central directory record')
  const count = file.readUInt16LE(end + 10)
  let at = file.readUInt32LE(end + 16)
  const entries: ZipRead[] = []
  for (let i = 0; i < count; i++) {
    if (file.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header ${i}`)
    const method = file.readUInt16LE(at + 10)
    const crc = file.readUInt32LE(at + 16)
    const size = file.readUInt32LE(at + 20)
    const nameLength = file.readUInt16LE(at + 28)
    const centralExtra = file.readUInt16LE(at + 30)
    const comment = file.readUInt16LE(at + 32)
    const localOffset = file.readUInt32LE(at + 42)
    const name = file.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + centralExtra + comment

    if (file.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`)
    const localName = file.toString('utf8', localOffset + 30, localOffset + 30 + file.readUInt16LE(localOffset + 26))
    if (localName !== name) throw new Error(`local name ${localName} is not ${name}`)
    const extraLength = file.readUInt16LE(localOffset + 28)
    const start = localOffset + 30 + nameLength + extraLength
    const body = file.subarray(start, start + size)
    const data = method === 0 ? Buffer.from(body) : inflateRawSync(body)
    entries.push({ name, method, extraLength, localOffset, data, crcMatches: crc32(data) === crc })
  }
  return entries
}

type XmlElement = { name: string; attrs: Record<string, string>; children: (XmlElement | string)[] }

const entity: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
function decode(text: string): string {
  return text.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare & in ${text}`)
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16))
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10))
    const value = entity[ref]
    if (value === undefined) throw new Error(`unknown entity &${ref};`)
    return value
  })
}

/** A strict little XML parser: throws on anything not well-formed (unclosed or crossed tags, stray < or &, two roots). */
function parseXml(xml: string): XmlElement {
  let at = 0
  if (xml.startsWith('<?xml')) at = xml.indexOf('?>') + 2
  const stack: XmlElement[] = [{ name: '#document', attrs: {}, children: [] }]
  const top = () => stack[stack.length - 1] as XmlElement
  while (at < xml.length) {
    const lt = xml.indexOf('<', at)
    const text = xml.slice(at, lt < 0 ? xml.length : lt)
    if (text.includes('>')) throw new Error('stray >')
    if (text.trim() !== '') {
      if (stack.length === 1) throw new Error('text outside the root')
      top().children.push(decode(text))
    }
    if (lt < 0) break
    const gt = xml.indexOf('>', lt)
    if (gt < 0) throw new Error('unterminated tag')
    const tag = xml.slice(lt + 1, gt)
    if (tag.includes('<')) throw new Error(`< inside tag ${tag}`)
    if (tag.startsWith('/')) {
      const closed = stack.pop()
      if (closed?.name !== tag.slice(1).trim()) throw new Error(`</${tag.slice(1)}> closes <${closed?.name}>`)
    } else {
      const selfClosing = tag.endsWith('/')
      const inner = selfClosing ? tag.slice(0, -1) : tag
      const name = /^[\w:.-]+/.exec(inner)?.[0]
      if (!name) throw new Error(`bad tag <${tag}>`)
      const attrs: Record<string, string> = {}
      const rest = inner.slice(name.length)
      const attr = /\s+([\w:.-]+)="([^"<]*)"/y
      let consumed = 0
      for (let m = attr.exec(rest); m; m = attr.exec(rest)) {
        const [whole, key, value] = m as unknown as [string, string, string]
        if (key in attrs) throw new Error(`duplicate attribute ${key}`)
        attrs[key] = decode(value)
        consumed += whole.length
      }
      if (rest.slice(consumed).trim() !== '') throw new Error(`bad attributes in <${tag}>`)
      const element: XmlElement = { name, attrs, children: [] }
      if (stack.length === 1 && top().children.length > 0) throw new Error('two root elements')
      top().children.push(element)
      if (!selfClosing) stack.push(element)
    }
    at = gt + 1
  }
  if (stack.length !== 1) throw new Error(`unclosed <${top().name}>`)
  const [root] = stack[0]?.children ?? []
  if (!root || typeof root === 'string') throw new Error('no root element')
  return root
}

const elements = (node: XmlElement, name: string): XmlElement[] =>
  node.children.flatMap((child) =>
    typeof child === 'string' ? [] : child.name === name ? [child, ...elements(child, name)] : elements(child, name),
  )
const textOf = (node: XmlElement): string => node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')

type Cell = { type?: string; value?: string; date?: string; text: string; formula?: string }
function sheetCells(content: XmlElement): Cell[][] {
  return elements(content, 'table:table-row').map((row) =>
    elements(row, 'table:table-cell').map((cell) => ({
      type: cell.attrs['office:value-type'],
      value: cell.attrs['office:value'],
      date: cell.attrs['office:date-value'],
      formula: cell.attrs['table:formula'],
      text: elements(cell, 'text:p').map(textOf).join('\n'),
    })),
  )
}

const donations = toClaimRows([
  {
    title: 'Prof.',
    firstName: 'Zoë',
    lastName: 'Smith-Jones',
    houseNameOrNumber: 'Flat 1, "The Oaks" & <Annexe>',
    postcode: 's192bd',
    date: new Date('2026-02-01T09:00:00Z'),
    amountPence: 123456,
  },
  { title: null, firstName: '=HYPERLINK("http://evil.example")', lastName: "O'Brien", houseNameOrNumber: '+44', postcode: '', date: new Date('2026-02-02T09:00:00Z'), amountPence: 1 },
])
const modified = new Date(2026, 2, 14, 15, 9, 26)
const ods = claimOds(donations, modified)
const entries = unzip(ods)
const file = (name: string) => {
  const entry = entries.find((e) => e.name === name)
  if (!entry) throw new Error(`${name} missing`)
  return entry.data.toString('utf8')
}

describe('claimOds', () => {
  it('is a ZIP whose first entry is the stored, exact mimetype, as OpenDocument requires', () => {
    const [first] = entries
    expect(first).toMatchObject({ name: 'mimetype', method: 0, extraLength: 0, localOffset: 0 })
    expect(first?.data.toString('ascii')).toBe('application/vnd.oasis.opendocument.spreadsheet')
    // Readers sniff the type at a fixed place: "mimetype" then the type, from byte 30.
    expect(ods.toString('ascii', 30, 38 + 46)).toBe('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')
    expect(entries.map((e) => e.name)).toEqual(['mimetype', 'content.xml', 'styles.xml', 'META-INF/manifest.xml'])
    expect(entries.every((e) => e.crcMatches)).toBe(true)
    expect(entries.slice(1).every((e) => e.method === 8)).toBe(true)
  })

  it('stamps entries with the export time in MS-DOS form', () => {
    const time = ods.readUInt16LE(10)
    const date = ods.readUInt16LE(12)
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([2026, 3, 14, 15, 9, 26])
  })

  it('holds well-formed XML everywhere, with a manifest naming the spreadsheet type', () => {
    const manifest = parseXml(file('META-INF/manifest.xml'))
    const paths = elements(manifest, 'manifest:file-entry').map((e) => [e.attrs['manifest:full-path'], e.attrs['manifest:media-type']])
    expect(paths).toEqual([
      ['/', 'application/vnd.oasis.opendocument.spreadsheet'],
      ['content.xml', 'text/xml'],
      ['styles.xml', 'text/xml'],
    ])
    expect(parseXml(file('styles.xml')).name).toBe('office:document-styles')
    expect(parseXml(file('content.xml')).name).toBe('office:document-content')
  })

  it('has one sheet: the header, then exactly the rows, text as strings, dates as dates, amounts as numbers', () => {
    const content = parseXml(file('content.xml'))
    expect(elements(content, 'table:table')).toHaveLength(1)
    const [header, ...rows] = sheetCells(content)
    expect(header?.map((c) => [c.type, c.text])).toEqual(claimColumns.map((title) => ['string', title]))
    expect(rows.map((cells) => cells.map((c) => c.text))).toEqual([
      ['Prof', 'Zoe', 'Smith Jones', 'Flat 1, "The Oaks" & <Annexe>', 'S19 2BD', '', '', '01/02/26', '1234.56'],
      ['', 'HYPERLINK("http://evil.example")', "O'Brien", '44', 'X', '', '', '02/02/26', '0.01'],
    ])
    const [first] = rows
    expect(first?.slice(0, 5).map((c) => c.type)).toEqual(Array(5).fill('string'))
    expect(first?.[5]).toEqual({ text: '' }) // blank: no value, no type, not 0.00
    expect(first?.[7]).toMatchObject({ type: 'date', date: '2026-02-01', text: '01/02/26' })
    expect(first?.[8]).toMatchObject({ type: 'float', value: '1234.56', text: '1234.56' })
    expect(rows.flat().every((c) => c.formula === undefined)).toBe(true)
  })

  it('has a header and no empty rows when there is nothing to claim', () => {
    expect(sheetCells(parseXml(file('content.xml')))).toHaveLength(3)
    expect(sheetCells(parseXml(unzip(claimOds([]))[1]?.data.toString('utf8') ?? ''))).toHaveLength(1)
  })

  it('writes any row it is given as well-formed text, control characters dropped', () => {
    const odd: ClaimRow = {
      title: '',
      firstName: 'A\u0000B\u0007C',
      lastName: 'Ann & <b>"x"</b>',
      house: '\u{1F3E0} 1',
      postcode: 'X',
      aggregated: '',
      sponsored: '',
      date: 'not a date',
      amount: '£5',
    }
    const cells = sheetCells(parseXml(unzip(claimOds([odd]))[1]?.data.toString('utf8') ?? ''))[1]
    expect(cells?.map((c) => c.text)).toEqual(['', 'ABC', 'Ann & <b>"x"</b>', '\u{1F3E0} 1', 'X', '', '', 'not a date', '£5'])
    expect(cells?.[7]?.type).toBe('string')
    expect(cells?.[8]?.type).toBe('string')
    expect(xmlText(`a&b<c>d"e'f\u0001`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f')
  })
})

const soffice = (() => {
  try {
    return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim() || null
  } catch {
    return null
  }
})()

describe.skipIf(!soffice)('claimOds in LibreOffice', () => {
  it('opens and converts to the same cells', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gift-aid-ods-'))
    try {
      writeFileSync(join(dir, 'claim.ods'), ods)
      execFileSync(soffice as string, ['--headless', '--convert-to', 'csv', '--outdir', dir, join(dir, 'claim.ods')], { timeout: 120_000 })
      const lines = readFileSync(join(dir, 'claim.csv'), 'utf8').trim().split(/\r?\n/)
      expect(lines).toHaveLength(3)
      expect(lines[1]).toBe('Prof,Zoe,Smith Jones,"Flat 1, ""The Oaks"" & <Annexe>",S19 2BD,,,01/02/26,1234.56')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 150_000)
})
