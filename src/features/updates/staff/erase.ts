import type { Payload } from 'payload'
import type { Env } from '../../../env'
import { outboxSlug } from '../../mail'
import { supportersSlug } from '../collections/Supporters'
import { appendConsent } from '../ledger'
import { suppressionHash } from '../tokens'

/**
 * "Erase this person" (a right-to-erasure request): their personal data goes, including the
 * e-mails stored for them; the ledger keeps its entries, which now point at an anonymous record;
 * the address is remembered only as a keyed one-way hash, so a later sign-up with it sends nothing.
 */
export async function eraseSupporter(payload: Payload, env: Env, id: number | string): Promise<boolean> {
  const supporter = await payload.findByID({ collection: supportersSlug, id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!supporter || supporter.status === 'erased') return false
  const address = supporter.email
  await payload.update({
    collection: supportersSlug,
    id,
    data: {
      email: null,
      emailKey: null,
      firstName: null,
      interests: [],
      status: 'erased',
      erasedAt: new Date().toISOString(),
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
      manageKey: null,
      manageTokenHash: null,
      suppressionHash: supporter.emailKey ? suppressionHash(env.PAYLOAD_SECRET, supporter.emailKey) : null,
    },
    depth: 0,
    overrideAccess: true,
  })
  if (address) await payload.delete({ collection: outboxSlug, where: { to: { equals: address } }, overrideAccess: true })
  await appendConsent(payload, { kind: 'erasure', supporter: id, form: 'staff', locale: supporter.locale })
  return true
}
