/**
 * One CSV cell, safe to open in a spreadsheet: a value that starts like a formula (= + - @, or a
 * tab or carriage return that some programs skip) is prefixed with an apostrophe so it is shown as
 * text, never run (OWASP "CSV injection"); then quoted as RFC 4180 requires.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export const csvRow = (cells: (string | number | null | undefined)[]): string => `${cells.map(csvCell).join(',')}\r\n`
