import type { Payload } from 'payload'
import { env } from '../../../env'
import type { Update } from '../../../payload-types'
import { forRecipient, renderUpdate, type RecipientMail } from '../render-update'

/** Stands in for a recipient's token in previews and tests: shaped like one, belonging to nobody. */
export const sampleToken = 'preview-link-that-unsubscribes-nobody'.padEnd(43, '0')

/** The update as a recipient would get it (saved version), with links that act for nobody. */
export async function sampleMail(payload: Payload, id: number | string): Promise<{ update: Update; mail: RecipientMail; locale: string }> {
  const update = await payload.findByID({ collection: 'updates', id, depth: 1, overrideAccess: true })
  const rendered = await renderUpdate(payload, env(), update)
  return { update, mail: forRecipient(rendered, sampleToken), locale: rendered.locale }
}
