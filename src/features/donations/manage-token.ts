import { createHmac } from 'node:crypto'

/**
 * The token in a monthly donor's "manage my gift" link: derived from the gift's random key and the
 * server secret, so every receipt can carry it although the database never stores it.
 */
export const giftManageToken = (secret: string, manageKey: string): string => createHmac('sha256', secret).update(`gift:${manageKey}`).digest('base64url')
