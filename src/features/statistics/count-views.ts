import type { MiddlewareHandler } from 'hono'
import type { IncomingMessage } from 'node:http'
import { env } from '../../env'
import { splitLocale } from '../../site/request-locale'
import { isLikelyBot } from './bots'
import { recordView } from './view-buffer'
import { countablePath, dayOf, referringDomain } from './view-key'

type Response = { method: string; url: string; status: number; contentType: string | undefined; header: (name: string) => string | undefined }

/** Addresses that answer 200 without being a page a person reads. */
const notPages = new Set(['/healthz', '/readyz'])

/**
 * Counts one view when a reader's browser loads a page: a successful HTML page fetched with GET
 * (a 304 is a reload of one), not a preview, prefetch or bot. Nothing about the reader is kept:
 * the user agent is only read to spot bots and the referrer is cut down to its domain.
 */
export function countIfPageView(response: Response): void {
  if (response.method !== 'GET' || (response.status !== 200 && response.status !== 304)) return
  if (!response.contentType?.startsWith('text/html')) return
  const url = new URL(response.url, 'http://site.invalid')
  if (url.searchParams.has('preview') || notPages.has(url.pathname)) return
  if (/prefetch|prerender/i.test(response.header('sec-purpose') ?? response.header('purpose') ?? '')) return
  if (isLikelyBot(response.header('user-agent'))) return
  const path = countablePath(url.pathname)
  if (!path || splitLocale(path).explicitDefault) return
  recordView({
    day: dayOf(new Date()),
    path,
    referrer: referringDomain(response.header('referer'), new URL(env().SITE_URL).hostname),
    views: 1,
  })
}

/**
 * Counting happens where requests are answered, not in render code: a cached page is served
 * without rendering. This middleware sees every page the Hono site answers.
 */
export const countPageViews: MiddlewareHandler = async (c, next) => {
  await next()
  countIfPageView({
    method: c.req.method,
    url: c.req.url,
    status: c.res.status,
    contentType: c.res.headers.get('content-type') ?? undefined,
    header: (name) => c.req.header(name),
  })
}

/** For a page answered from the page cache before the request reaches Hono (always a 200 HTML page). */
export function countCachedPageView(req: IncomingMessage, status: number): void {
  const header = (name: string) => {
    const value = req.headers[name]
    return Array.isArray(value) ? value[0] : value
  }
  countIfPageView({ method: req.method ?? 'GET', url: req.url ?? '/', status, contentType: 'text/html', header })
}
