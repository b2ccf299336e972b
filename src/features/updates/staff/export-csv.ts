import type { Payload } from 'payload'
import { supportersSlug } from '../collections/Supporters'
import { interestsOf } from '../interests-settings-field'
import { interestsOfSupporter } from '../supporters'
import { csvRow } from './csv'

const header = ['id', 'email', 'first_name', 'status', 'language', 'topics', 'signed_up', 'confirmed', 'unsubscribed']

/** Every supporter not erased, one row each, with topics by their English label. */
export async function exportCsv(payload: Payload): Promise<string> {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 0 })
  const labels = new Map(interestsOf(settings).map((interest) => [interest.id, interest.label]))
  let csv = csvRow(header)
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: supportersSlug,
      where: { status: { not_equals: 'erased' } },
      sort: 'createdAt',
      limit: 500,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const s of result.docs) {
      const topics = interestsOfSupporter(s).map((id) => labels.get(id) ?? id).join('; ')
      csv += csvRow([s.id, s.email, s.firstName, s.status, s.locale, topics, s.createdAt, s.confirmedAt, s.unsubscribedAt])
    }
    if (!result.hasNextPage) return csv
  }
}
