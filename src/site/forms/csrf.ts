/**
 * A state-changing request must come from a page of this site. Browsers send `Origin` on every
 * POST and `Sec-Fetch-Site` on every request; either one proving the same origin is enough (the
 * second also covers a site reached by another name, e.g. 127.0.0.1 for localhost). A request
 * with neither (an old client, a script) is refused: every form here is posted by a browser.
 */
export function isSameOriginRequest(headers: Headers, siteUrl: string): boolean {
  const origin = headers.get('origin')
  if (origin && origin === new URL(siteUrl).origin) return true
  return headers.get('sec-fetch-site') === 'same-origin'
}
