import type { Payload, PayloadRequest } from 'payload'
import { consentsSlug, type ConsentKind } from './collections/Consents'

export type ConsentEntry = {
  kind: ConsentKind
  supporter: number | string | null
  wordingVersion?: number
  /** Which form or link: "updates-page", "footer", "block", "one-click", "email-link", "staff"… */
  form: string
  pagePath?: string
  locale: string
  interests?: string[]
}

/** Appends one entry to the consent ledger (the only way entries are ever written). */
export async function appendConsent(payload: Payload, entry: ConsentEntry, req?: PayloadRequest): Promise<void> {
  await payload.create({
    collection: consentsSlug,
    data: {
      kind: entry.kind,
      supporter: entry.supporter === null ? null : Number(entry.supporter),
      wordingVersion: entry.wordingVersion,
      form: entry.form.slice(0, 40),
      pagePath: entry.pagePath?.slice(0, 300),
      locale: entry.locale,
      interests: entry.interests,
    },
    depth: 0,
    overrideAccess: true,
    select: { kind: true },
    req,
  })
}
