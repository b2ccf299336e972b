import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A bot check that needs no JavaScript, no cookie and no third party: every form carries the time
 * it was rendered, signed by the server. People take more than a couple of seconds to read and
 * fill in a form; scripts that post at once are treated like the honeypot (a quiet success).
 * Cached pages carry an older time, which only makes the check pass more easily.
 */
export const minimumFillMs = 2000

const signature = (secret: string, renderedAt: number): string =>
  createHmac('sha256', secret).update(`form-rendered:${renderedAt}`).digest('base64url').slice(0, 22)

export const issueRenderStamp = (secret: string, now = Date.now()): string => `${now}.${signature(secret, now)}`

export function isHumanPaced(secret: string, stamp: string | undefined, now = Date.now()): boolean {
  const match = /^(\d{1,15})\.([\w-]{22})$/.exec(stamp ?? '')
  if (!match?.[1] || !match[2]) return false
  const renderedAt = Number(match[1])
  const expected = Buffer.from(signature(secret, renderedAt))
  const given = Buffer.from(match[2])
  if (!timingSafeEqual(expected, given)) return false
  return now - renderedAt >= minimumFillMs
}
