import { isPermanentRejection } from '../../mail/smtp-transport'

/**
 * What a failed attempt means for the recipient:
 * - bounced: the server refused the address itself (5xx to RCPT TO): it is marked bouncing and
 *   nothing more is sent to it;
 * - refused: the server refused this message for good (5xx after the data, e.g. content): no retry;
 * - temporary: anything else (4xx, timeouts, a server that is down): retried with back-off.
 */
export type FailureKind = 'bounced' | 'refused' | 'temporary'

export function failureKind(error: unknown): FailureKind {
  if (isPermanentRejection(error)) return 'bounced'
  const code = typeof error === 'object' && error !== null ? (error as { responseCode?: unknown }).responseCode : undefined
  return typeof code === 'number' && code >= 500 && code < 600 ? 'refused' : 'temporary'
}

/** The server's answer, without e-mail addresses (a reason is kept; the person's address need not be). */
export const failureReason = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/[^\s<>@"'(),;:]+@[^\s<>@"'(),;:]+/g, '<address>').slice(0, 1000)
