import { createHmac, timingSafeEqual } from 'node:crypto'

/** Preview links live for an hour: long enough for an editing session, short if one leaks. */
const LIFETIME_SECONDS = 60 * 60

export type PreviewClaim = { collection: string; id: string }

const sign = (secret: string, payload: string): string =>
  createHmac('sha256', secret).update(`preview.${payload}`).digest('base64url')

export function createPreviewToken(secret: string, claim: PreviewClaim, now = Date.now()): string {
  const payload = `${claim.collection}.${claim.id}.${Math.floor(now / 1000) + LIFETIME_SECONDS}`
  return `${payload}.${sign(secret, payload)}`
}

/** The claim if the token is genuine and unexpired, otherwise undefined. */
export function verifyPreviewToken(secret: string, token: string, now = Date.now()): PreviewClaim | undefined {
  const parts = token.split('.')
  if (parts.length !== 4) return undefined
  const [collection, id, expires, signature] = parts as [string, string, string, string]
  const expected = Buffer.from(sign(secret, `${collection}.${id}.${expires}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  if (Number(expires) * 1000 < now) return undefined
  return { collection, id }
}
