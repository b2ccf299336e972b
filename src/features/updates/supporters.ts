import { randomBytes } from 'node:crypto'
import { eq, or } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import { selectRow } from '../../db/direct'
import type { Supporter } from '../../payload-types'
import { supportersSlug } from './collections/Supporters'
import { hashToken, manageToken } from './tokens'

/** What a sign-up needs to know about an address it has seen before. */
export type KnownAddress = Pick<Supporter, 'id' | 'email' | 'firstName' | 'locale' | 'status' | 'manageKey'>

/**
 * The supporter with this address, or an erased one whose address is suppressed. Read straight
 * from the table (both columns are indexed): it runs on every sign-up (decision 014).
 */
export function findByEmail(payload: Payload, emailKey: string, suppression: string): Promise<KnownAddress | undefined> {
  return selectRow<KnownAddress>(payload, supportersSlug, ['id', 'email', 'firstName', 'locale', 'status', 'manageKey'], (column) =>
    or(eq(column('emailKey'), emailKey), eq(column('suppressionHash'), suppression)),
  )
}

export async function findByManageToken(payload: Payload, token: string): Promise<Supporter | undefined> {
  const { docs } = await payload.find({
    collection: supportersSlug,
    where: { manageTokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]
}

export async function findByConfirmToken(payload: Payload, token: string): Promise<Supporter | undefined> {
  const { docs } = await payload.find({
    collection: supportersSlug,
    where: { confirmTokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]
}

/** The unsubscribe and preferences token of a supporter (derived, never stored). */
export const manageTokenOf = (secret: string, supporter: Pick<Supporter, 'manageKey'>): string =>
  manageToken(secret, supporter.manageKey ?? '')

/** A new key for the manage token and the hash the database keeps to look it up. */
export function newManageKey(secret: string): { manageKey: string; manageTokenHash: string } {
  const manageKey = randomBytes(24).toString('base64url')
  return { manageKey, manageTokenHash: hashToken(manageToken(secret, manageKey)) }
}

export const interestsOfSupporter = (supporter: Pick<Supporter, 'interests'>): string[] =>
  Array.isArray(supporter.interests) ? supporter.interests.filter((item): item is string => typeof item === 'string') : []
