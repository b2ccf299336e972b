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
  const replay = (page.replay ??= replayOf(page, page.headers))
  if (req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, replay.notModified)
    res.end()
    return true
  }
  const gzip = replay.gzip !== undefined && acceptsGzip(req.headers['accept-encoding'])
  const [head, body] = gzip && replay.gzip ? replay.gzip : replay.plain
  res.writeHead(200, head)
  res.end(req.method === 'HEAD' ? undefined : body)
  return true
}

/** Header lists built once per cached page (flat [name, value, …] arrays, as node:http takes them). */
function replayOf(page: CachedPage, headers: Record<string, string>): NonNullable<CachedPage['replay']> {
  const base = Object.entries(headers).flat()
  const plainBody = Buffer.from(page.body)
  return {
    notModified: base,
    plain: [[...base, 'content-length', String(plainBody.length)], plainBody],
    gzip: page.gzip ? [[...base, 'content-length', String(page.gzip.length), 'content-encoding', 'gzip'], page.gzip] : undefined,
  }
}
