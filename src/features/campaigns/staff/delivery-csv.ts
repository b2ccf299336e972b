import type { Payload } from 'payload'
import { csvRow } from '../../updates/staff/csv'
import { postcodeArea } from '../countries'
import { signaturesSlug } from '../Signatures'

/**
 * The list delivered to a petition's target: verified signatures only, with names, country or
 * postcode area (never the full postcode) and the date; e-mail addresses only when asked for.
 * Every cell is formula-safe (csvCell).
 */
export async function deliveryCsv(payload: Payload, campaignId: number, options: { withEmail: boolean }): Promise<string> {
  const header = ['first_name', 'last_name', 'country', 'postcode_area', 'signed_on', 'petition_version', ...(options.withEmail ? ['email'] : [])]
  let csv = csvRow(header)
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: signaturesSlug,
      where: { and: [{ campaign: { equals: campaignId } }, { verified: { equals: true } }] },
      sort: 'createdAt',
      limit: 1000,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const s of result.docs) {
      csv += csvRow([
        s.firstName,
        s.lastName,
        s.country,
        s.postcode ? postcodeArea(s.postcode) : '',
        s.createdAt.slice(0, 10),
        s.petitionVersion,
        ...(options.withEmail ? [s.email] : []),
      ])
    }
    if (!result.hasNextPage) return csv
  }
}
