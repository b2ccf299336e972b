import type { SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'
import { insertRow, tableOf, writeAtomically, type Statement } from '../../db/direct'
import { consentsSlug, type ConsentKind } from './collections/Consents'

export type ConsentEntry = {
  kind: ConsentKind
  /** The supporter's id, or (in the same write as the supporter's row) a subquery that finds it. */
  supporter: number | string | SQL | null
  wordingVersion?: number
  /** Which form or link: "updates-page", "footer", "block", "one-click", "email-link", "staff"… */
  form: string
  pagePath?: string
  locale: string
  interests?: string[]
}

const supporterValue = (supporter: ConsentEntry['supporter']): number | SQL | null =>
  supporter === null || typeof supporter === 'object' ? supporter : Number(supporter)

/**
 * One ledger entry as a statement of a larger atomic write. Entries are only ever inserted: the
 * collection's access rules and hooks refuse any update or delete through Payload.
 */
export function consentStatement(payload: Payload, entry: ConsentEntry): Statement {
  return insertRow(tableOf(payload, consentsSlug), {
    kind: entry.kind,
    supporter: supporterValue(entry.supporter),
    wordingVersion: entry.wordingVersion ?? null,
    form: entry.form.slice(0, 40),
    pagePath: entry.pagePath?.slice(0, 300) ?? null,
    locale: entry.locale.slice(0, 8),
    interests: entry.interests ?? null,
  })
}

/** Appends one entry to the consent ledger (in the caller's transaction, when req has one). */
export async function appendConsent(payload: Payload, entry: ConsentEntry, req?: PayloadRequest): Promise<void> {
  await writeAtomically(payload, [consentStatement(payload, entry)], req)
}
