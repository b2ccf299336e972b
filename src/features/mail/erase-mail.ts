import type { Payload, PayloadRequest } from 'payload'
import { outboxSlug } from './Outbox'

/**
 * Removes every stored message to this address (for "erase this person"): the outbox keeps the
 * address, the words sent and links that act for the person. A message not sent yet is then not
 * sent at all (its job finds nothing). Returns how many messages were removed.
 */
export async function eraseMailTo(payload: Payload, address: string, options: { req?: PayloadRequest } = {}): Promise<number> {
  const { docs } = await payload.delete({
    collection: outboxSlug,
    where: { to: { equals: address.trim() } },
    depth: 0,
    overrideAccess: true,
    select: {},
    req: options.req,
  })
  return docs.length
}
