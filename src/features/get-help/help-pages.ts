import type { MiddlewareHandler } from 'hono'
import { splitLocale } from '../../site/request-locale'

/** The get-help section: the page itself and every page an editor puts under it (e.g. the safety page). */
export const helpSectionPath = '/get-help'

/** Whether a page address (without its language prefix) is one of the get-help pages. */
export const isHelpPath = (path: string): boolean => path === helpSectionPath || path.startsWith(`${helpSectionPath}/`)

/**
 * Links followed from a get-help page tell the next site nothing, not even this site's name:
 * the header for the response, and a meta tag in the page itself (see Layout) for copies served
 * by a cache that drops headers. Only here, not site-wide: with no-referrer, browsers send
 * "Origin: null" with form posts, which would defeat the Origin check that protects our forms.
 */
export const helpPageReferrerPolicy: MiddlewareHandler = async (c, next) => {
  await next()
  if (isHelpPath(splitLocale(c.req.path).path)) c.res.headers.set('Referrer-Policy', 'no-referrer')
}
