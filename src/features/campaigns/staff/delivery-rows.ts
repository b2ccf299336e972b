import type { Payload } from 'payload'
import { postcodeArea } from '../countries'
import { signaturesSlug } from '../Signatures'

/** One line of the list delivered to a petition's target. */
export type DeliveryRow = {
  firstName: string
  lastName: string
  country: string
  /** The outward code only (SW1A), never the full postcode; empty when none was given. */
  postcodeArea: string
  /** The day the person signed, YYYY-MM-DD (UTC). */
  signedOn: string
  petitionVersion: number
  email: string
}

/**
 * The verified signatures of one campaign, oldest first, a thousand rows per query: the CSV and
 * the printable page are built from exactly the same rows.
 */
export async function* deliveryRows(payload: Payload, campaignId: number): AsyncGenerator<DeliveryRow> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: signaturesSlug,
      where: { and: [{ campaign: { equals: campaignId } }, { verified: { equals: true } }] },
      sort: 'createdAt',
      limit: 1000,
      page,
      depth: 0,
      overrideAccess: true,
      select: { firstName: true, lastName: true, country: true, postcode: true, createdAt: true, petitionVersion: true, email: true },
    })
    for (const s of result.docs) {
      yield {
        firstName: s.firstName,
        lastName: s.lastName,
        country: s.country,
        postcodeArea: s.postcode ? postcodeArea(s.postcode) : '',
        signedOn: s.createdAt.slice(0, 10),
        petitionVersion: s.petitionVersion,
        email: s.email,
      }
    }
    if (!result.hasNextPage) return
  }
}
