import type { PayloadRequest } from 'payload'
import { outboxSlug } from '../../mail'
import { consentsSlug } from '../collections/Consents'
import { supportersSlug } from '../collections/Supporters'

/**
 * Everything held about one supporter, for a subject access request (answer within a month):
 * their record, consent history, e-mails, and what the same address did elsewhere on the site.
 */
export async function personalData(req: PayloadRequest, id: number | string) {
  const { payload } = req
  // As the member of staff asking (not as the system), so token hashes and keys stay hidden.
  const supporter = await payload.findByID({ collection: supportersSlug, id, depth: 0, disableErrors: true, overrideAccess: false, req })
  if (!supporter) return undefined
  // The same address elsewhere: petitions signed, gifts, Gift Aid declarations (read as the member
  // of staff, so tokens and keys stay hidden), and the updates sent to this supporter.
  const byAddress = async (collection: 'signatures' | 'donations' | 'regular-gifts' | 'gift-aid-declarations') =>
    supporter.email ? (await payload.find({ collection, where: { email: { equals: supporter.email } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: false, req })).docs : []
  const [consents, mail, signatures, donations, monthlyGifts, declarations, deliveries] = await Promise.all([
    payload.find({ collection: consentsSlug, where: { supporter: { equals: id } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: false, req }),
    supporter.email
      ? payload.find({ collection: outboxSlug, where: { to: { equals: supporter.email } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })
      : undefined,
    byAddress('signatures'),
    byAddress('donations'),
    byAddress('regular-gifts'),
    byAddress('gift-aid-declarations'),
    payload.find({ collection: 'update-deliveries', where: { supporter: { equals: id } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true, req }),
  ])
  const { consents: _join, ...record } = supporter
  return {
    exportedAt: new Date().toISOString(),
    supporter: record,
    consentHistory: consents.docs.map(({ supporter: _s, ...entry }) => entry),
    emailsSent: (mail?.docs ?? []).map((m) => ({ subject: m.subject, sentAt: m.sentAt, status: m.status, category: m.category, text: m.text })),
    petitionsSigned: signatures,
    donations,
    monthlyGifts,
    giftAidDeclarations: declarations,
    updatesSent: deliveries.docs.map((delivery) => ({ update: delivery.update, status: delivery.status, sentAt: delivery.sentAt })),
  }
}
