import { csvRow } from '../../updates/staff/csv'
import { type ClaimRow, claimColumns, rowCells } from './claim-rows'

/**
 * The schedule as CSV (RFC 4180, CRLF line ends), for the charity's own records or software.
 * Every cell goes through the shared `csvCell`, which quotes and keeps formulas from running.
 * HMRC itself takes the .ods (see claim-ods.ts).
 */
export function claimCsv(rows: ClaimRow[]): string {
  return csvRow([...claimColumns]) + rows.map((row) => csvRow(rowCells(row))).join('')
}
