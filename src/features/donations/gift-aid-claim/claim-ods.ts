import { type ClaimRow, claimColumns, rowCells } from './claim-rows'
import { zip } from './zip'

const mimetype = 'application/vnd.oasis.opendocument.spreadsheet'

const ns = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
  manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
}
const xmlns = (...prefixes: (keyof typeof ns)[]) => prefixes.map((p) => `xmlns:${p}="${ns[p]}"`).join(' ')

/** Text safe inside an XML element or attribute: escaped, and without characters XML 1.0 forbids. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const textCell = (value: string) =>
  value === ''
    ? '<table:table-cell/>'
    : `<table:table-cell table:style-name="ceText" office:value-type="string"><text:p>${xmlText(value)}</text:p></table:table-cell>`

/**
 * The date as a real date value shown as DD/MM/YY, not as text: HMRC's upload reads the cell's
 * date, and a text "22/12/13" fails it (PureCharity's guide to HMRC's validation: "Dates must be
 * in a date format, dd/mm/yy. A text equivalent ... will not succeed"). A row date is always
 * 20YY: a claim is made within four years of the gift.
 */
function dateCell(value: string): string {
  const match = /^(\d\d)\/(\d\d)\/(\d\d)$/.exec(value)
  if (!match) return textCell(value)
  const [, day, month, year] = match
  return `<table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="20${year}-${month}-${day}"><text:p>${value}</text:p></table:table-cell>`
}

/**
 * The amount as a number shown with two decimals: the cell reads "200.00" as HMRC asks, and
 * pastes into HMRC's schedule as a number (PureCharity's guide: paste "the numbers, text and
 * dates only"). We found no statement that HMRC refuses a text amount, so the typed value is the
 * choice that satisfies both readings.
 */
function amountCell(value: string): string {
  if (!/^\d+\.\d\d$/.test(value)) return textCell(value)
  return `<table:table-cell table:style-name="ceAmount" office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`
}

const rowXml = (cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`

function contentXml(rows: ClaimRow[]): string {
  const header = rowXml(claimColumns.map(textCell))
  const body = rows.map((row) => {
    const cells = rowCells(row)
    return rowXml([...cells.slice(0, 7).map(textCell), dateCell(row.date), amountCell(row.amount)])
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<office:document-content ${xmlns('office', 'style', 'text', 'table', 'number')} office:version="1.2">`,
    '<office:automatic-styles>',
    '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>',
    // DD/MM/YY: a year without number:style="long" has two digits.
    '<number:date-style style:name="Ndate"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year/></number:date-style>',
    '<number:number-style style:name="Namount"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>',
    // Text format ("@"), so a house "12" or "1/2" stays text if someone edits the cell.
    '<number:text-style style:name="Ntext"><number:text-content/></number:text-style>',
    '<style:style style:name="ceDate" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="Ndate"/>',
    '<style:style style:name="ceAmount" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="Namount"/>',
    '<style:style style:name="ceText" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="Ntext"/>',
    '</office:automatic-styles>',
    '<office:body><office:spreadsheet>',
    '<table:table table:name="Gift Aid schedule">',
    `<table:table-column table:style-name="co1" table:number-columns-repeated="${claimColumns.length}"/>`,
    header,
    ...body,
    '</table:table>',
    '</office:spreadsheet></office:body>',
    '</office:document-content>',
  ].join('\n')
}

const stylesXml = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  `<office:document-styles ${xmlns('office', 'style')} office:version="1.2">`,
  '<office:styles><style:style style:name="Default" style:family="table-cell"/></office:styles>',
  '</office:document-styles>',
].join('\n')

const manifestXml = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  `<manifest:manifest ${xmlns('manifest')} manifest:version="1.2">`,
  `<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${mimetype}"/>`,
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
  '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>',
  '</manifest:manifest>',
].join('\n')

/**
 * One schedule as an OpenDocument spreadsheet (.ods, the format HMRC's Charities Online takes):
 * one sheet, HMRC's headings on the first row, then the rows. No cell is ever a formula: names,
 * houses and postcodes are strings, the date a date, the amount a number.
 */
export function claimOds(rows: ClaimRow[], modified: Date = new Date()): Buffer {
  return zip(
    [
      // OpenDocument: `mimetype` first and uncompressed, so the type can be read at a fixed offset.
      { name: 'mimetype', data: mimetype, store: true },
      { name: 'content.xml', data: contentXml(rows) },
      { name: 'styles.xml', data: stylesXml },
      { name: 'META-INF/manifest.xml', data: manifestXml },
    ],
    modified,
  )
}
