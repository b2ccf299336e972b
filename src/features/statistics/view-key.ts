/** A page address worth counting: lower-case words, hyphens and slashes, as every page address is. */
const countablePathPattern = /^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/

export const noReferrer = '(none)'

export function countablePath(path: string): string | undefined {
  return path.length <= 300 && countablePathPattern.test(path) ? path : undefined
}

/**
 * The referring site's domain only (never the page it was on, which may identify the reader);
 * nothing for a visit from this site itself or when no referrer was sent.
 */
export function referringDomain(referer: string | undefined, ownHost: string): string {
  if (!referer) return noReferrer
  let url: URL
  try {
    url = new URL(referer)
  } catch {
    return noReferrer
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return noReferrer
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  if (!/^[a-z0-9.-]{1,100}$/.test(host) || !host.includes('.') || host === ownHost.replace(/^www\./, '')) return noReferrer
  return host
}

/** UTC date, YYYY-MM-DD: a day is the finest grain kept, so no visit can be placed in time. */
export const dayOf = (date: Date): string => date.toISOString().slice(0, 10)
