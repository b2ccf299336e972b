import type { Payload } from 'payload'
import { csvRow } from '../../updates/staff/csv'
import { deliveryRows } from './delivery-rows'

/**
 * The list delivered to a petition's target: verified signatures only, with names, country or
 * postcode area (never the full postcode) and the date; e-mail addresses only when asked for.
 * Every cell is formula-safe (csvCell).
 */
export async function deliveryCsv(payload: Payload, campaignId: number, options: { withEmail: boolean }): Promise<string> {
  const header = ['first_name', 'last_name', 'country', 'postcode_area', 'signed_on', 'petition_version', ...(options.withEmail ? ['email'] : [])]
  let csv = csvRow(header)
  for await (const row of deliveryRows(payload, campaignId)) {
    csv += csvRow([row.firstName, row.lastName, row.country, row.postcodeArea, row.signedOn, row.petitionVersion, ...(options.withEmail ? [row.email] : [])])
  }
  return csv
}
