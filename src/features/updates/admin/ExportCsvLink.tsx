/** Above the supporters list: the whole list as a spreadsheet (cells are formula-safe). */
export function ExportCsvLink() {
  return (
    <p>
      <a href="/api/supporters/export.csv" download>
        Download all supporters as CSV
      </a>
    </p>
  )
}
