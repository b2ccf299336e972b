import { amountCell, dateCell, houseCell, nameCell, postcodeCell, titleCell } from './cells'

/** One Gift Aid donation as the claim needs it: the declaration's donor details and the payment. */
export type ClaimDonation = {
  title: string | null | undefined
  firstName: string
  lastName: string
  houseNameOrNumber: string
  /** As typed, any case or spacing; empty for a donor living outside the UK. */
  postcode: string | null | undefined
  /** When the donation was received. */
  date: Date
  amountPence: number
}

/** One line of HMRC's schedule, every cell already text in HMRC's format ('' for a blank cell). */
export type ClaimRow = {
  title: string
  firstName: string
  lastName: string
  house: string
  postcode: string
  aggregated: string
  sponsored: string
  date: string
  amount: string
}

/** HMRC's column headings, in the schedule's order. */
export const claimColumns: readonly string[] = [
  'Title',
  'First name',
  'Last name',
  'House name or number',
  'Postcode',
  'Aggregated donations',
  'Sponsored event',
  'Donation date',
  'Amount',
]

/** The cells of a row in `claimColumns` order. */
export const rowCells = (row: ClaimRow): string[] => [
  row.title,
  row.firstName,
  row.lastName,
  row.house,
  row.postcode,
  row.aggregated,
  row.sponsored,
  row.date,
  row.amount,
]

/**
 * One row per donation, oldest first (donations on the same instant keep their order).
 * We never aggregate: HMRC allows small gifts from different donors to share a row, but every
 * online donation here comes with a named declaration, and one row per payment is what lets a
 * claimed batch be matched back to the donations it marked claimed. So "Aggregated donations" and
 * "Sponsored event" (for sponsorship forms, which we do not take) are always blank: blank, never
 * "0" or "n/a", as HMRC asks.
 */
export function toClaimRows(donations: ClaimDonation[]): ClaimRow[] {
  return [...donations]
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map((d) => ({
      title: titleCell(d.title),
      firstName: nameCell(d.firstName),
      lastName: nameCell(d.lastName),
      house: houseCell(d.houseNameOrNumber),
      postcode: postcodeCell(d.postcode),
      aggregated: '',
      sponsored: '',
      date: dateCell(d.date),
      amount: amountCell(d.amountPence),
    }))
}

/** HMRC's schedule holds at most 1,000 rows; lines beyond that are not attached to the claim. */
export function chunkSchedules<T>(rows: T[], max = 1000): T[][] {
  if (!Number.isInteger(max) || max < 1) throw new RangeError('chunkSchedules: max must be a positive integer')
  const schedules: T[][] = []
  for (let start = 0; start < rows.length; start += max) schedules.push(rows.slice(start, start + max))
  return schedules
}
