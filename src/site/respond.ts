import type { Context } from 'hono'
import { gzipSync } from 'node:zlib'
import { etagOf, pageCache, type CachedPage } from './page-cache'
import { publicCsp } from './security-headers'

export type Rendered =
  | { status: 200 | 404 | 410; html: string; tags: string[]; /** ms since epoch, for pages that change with time */ expiresAt?: number }
  | { status: 'redirect'; location: string }

/** Hono context variable: the cache entry this response was just stored as. */
export const cachedPageVariable = 'abolitionCachedPage'

/** Browsers and CDNs may keep a copy but must revalidate it (cheap: ETag) before reuse. */
const publicCacheControl = 'public, no-cache'

function send(c: Context, page: Pick<CachedPage, 'body' | 'etag' | 'contentType'> & { gzip?: Buffer }, status: number, cacheControl: string) {
  const headers: Record<string, string> = {
    'Content-Type': page.contentType,
    'Cache-Control': cacheControl,
    ETag: page.etag,
    Vary: 'Accept-Encoding',
  }
  if (status === 200 && c.req.header('if-none-match') === page.etag) return c.body(null, 304, headers)
  if (page.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    return c.body(new Uint8Array(page.gzip), status as 200, { ...headers, 'Content-Encoding': 'gzip' })
  }
  return c.body(page.body, status as 200, headers)
}

/**
 * Serves a public page from the page cache, rendering it on a miss. Only complete 200 pages are
 * cached; a 404 is rendered each time so a page published at that address shows at once.
 */
export async function respondWithPage(
  c: Context,
  options: { cacheKey: string; cacheEnabled: boolean; render: () => Promise<Rendered> },
): Promise<Response> {
  const cache = pageCache()
  const hit = options.cacheEnabled ? cache.get(options.cacheKey) : undefined
  if (hit) {
    hit.gzip ??= gzipSync(hit.body)
    return send(c, hit, 200, publicCacheControl)
  }
  const rendered = await options.render()
  if (rendered.status === 'redirect') return c.redirect(rendered.location, 301)
  if (rendered.status === 200 && options.cacheEnabled) {
    // A plain address (no query string) may later be answered by the fast path in front of the app.
    const url = new URL(c.req.url).search ? undefined : c.req.path
    const page = cache.set(options.cacheKey, rendered.html, rendered.tags, { url, expiresAt: rendered.expiresAt })
    page.gzip = gzipSync(page.body)
    if (url !== undefined) c.set(cachedPageVariable, page)
    return send(c, page, 200, publicCacheControl)
  }
  const page = { body: rendered.html, etag: etagOf(rendered.html), contentType: 'text/html; charset=utf-8' }
  return send(c, page, rendered.status, rendered.status === 200 ? publicCacheControl : 'no-store')
}

/** A draft preview: never cached anywhere, and framable by the admin's live-preview pane. */
export function respondWithPreview(c: Context, html: string, status: 200 | 404 | 410): Response {
  return c.html(html, status, {
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': publicCsp("'self'"),
    'X-Robots-Tag': 'noindex',
  })
}
