import { createHash, createHmac, randomBytes } from 'node:crypto'

/** Confirmation links work for seven days (issue 4). */
export const confirmTokenLifetimeMs = 7 * 24 * 60 * 60 * 1000

/** 256 random bits, URL-safe: the part of a link that proves the person read the e-mail. */
export const newToken = (): string => randomBytes(32).toString('base64url')

/** Tokens are stored only as their SHA-256, so a copy of the database cannot act for anyone (decision 009). */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** A token's shape, checked before touching the database. */
export const looksLikeToken = (value: string): boolean => /^[\w-]{43}$/.test(value)

/**
 * The long-lived token in every e-mail's unsubscribe and preferences links. It is derived from a
 * random per-supporter key and the server secret, so any later e-mail can carry it although the
 * database holds only its hash.
 */
export const manageToken = (secret: string, manageKey: string): string =>
  createHmac('sha256', secret).update(`manage:${manageKey}`).digest('base64url')

/**
 * A one-way keyed hash of an erased address: enough to recognise it at a later sign-up and send
 * nothing, useless for recovering the address without the server secret.
 */
export const suppressionHash = (secret: string, emailKey: string): string =>
  createHmac('sha256', secret).update(`suppress:${emailKey}`).digest('hex')
