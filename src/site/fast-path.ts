import type { MiddlewareHandler } from 'hono'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pageCache, type CachedPage } from './page-cache'
import { cachedPageVariable } from './respond'

/** Headers that depend on the request, not the page: never replayed. */
const requestSpecific = new Set(['content-encoding', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'])

/**
 * Outermost site middleware: once a page has been rendered and cached, remembers the complete
 * headers the app answered with (security headers, caching, any page-specific policy), so the fast
 * path can answer the same way without running the app.
 */
export const rememberCachedHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  const page = c.get(cachedPageVariable as never) as CachedPage | undefined
  if (!page || c.res.status !== 200) return
  const headers: Record<string, string> = {}
  c.res.headers.forEach((value, name) => {
    if (!requestSpecific.has(name)) headers[name] = value
  })
  page.headers = headers
}

const acceptsGzip = (header: string | undefined) => header !== undefined && /\bgzip\b/.test(header)

/**
 * Answers a cache hit straight from node:http, before the request reaches Hono: no Request or
 * Response objects, no routing, no middleware, just the stored bytes and headers. Anything it is
 * not sure about (a query string, a preview, a page not cached yet, a method other than GET/HEAD)
 * goes to the app as usual. Returns true when it answered.
 */
export function serveFromPageCache(req: IncomingMessage, res: ServerResponse): boolean {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url || req.url.includes('?')) return false
  const page = pageCache().getByUrl(req.url)
  if (!page?.headers) return false
  if (req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, page.headers)
    res.end()
    return true
  }
  const gzip = acceptsGzip(req.headers['accept-encoding']) && page.gzip !== undefined
  const body = gzip ? (page.gzip as Buffer) : (page.bodyBuffer ??= Buffer.from(page.body))
  res.writeHead(200, { ...page.headers, 'content-length': String(body.length), ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
  res.end(req.method === 'HEAD' ? undefined : body)
  return true
}
