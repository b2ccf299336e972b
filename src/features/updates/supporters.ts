import { randomBytes } from 'node:crypto'
import { ValidationError, type Payload } from 'payload'
import type { Supporter } from '../../payload-types'
import { supportersSlug } from './collections/Supporters'
import { hashToken, manageToken } from './tokens'

/** The supporter with this address, or an erased one whose address is suppressed. */
export async function findByEmail(payload: Payload, emailKey: string, suppression: string): Promise<Supporter | undefined> {
  const { docs } = await payload.find({
    collection: supportersSlug,
    where: { or: [{ emailKey: { equals: emailKey } }, { suppressionHash: { equals: suppression } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]
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

/** True when a create failed only because another request stored the same address first. */
export const isDuplicateAddress = (error: unknown): boolean =>
  error instanceof ValidationError && error.data.errors.some((e) => e.path === 'emailKey')

export const interestsOfSupporter = (supporter: Pick<Supporter, 'interests'>): string[] =>
  Array.isArray(supporter.interests) ? supporter.interests.filter((item): item is string => typeof item === 'string') : []
