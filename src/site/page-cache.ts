import { createHash } from 'node:crypto'

export type CachedPage = {
  body: string
  etag: string
  tags: readonly string[]
  contentType: string
  /** Compressed once, on first use, then served as is. */
  gzip?: Buffer
}

/**
 * Rendered HTML per URL and language, tagged with the documents it shows. It lives on globalThis
 * because the Payload config exists twice in the process (Next's bundle and Node's own import)
 * while hooks from either copy must reach the one cache the site reads.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>()
  private readonly keysByTag = new Map<string, Set<string>>()
  private readonly listeners = new Set<(tags: string[]) => void>()

  constructor(private readonly maxEntries = 5000) {}

  get(key: string): CachedPage | undefined {
    return this.pages.get(key)
  }

  set(key: string, body: string, tags: Iterable<string>, contentType = 'text/html; charset=utf-8'): CachedPage {
    if (this.pages.size >= this.maxEntries && !this.pages.has(key)) this.evictOldest()
    const uniqueTags = [...new Set(tags)]
    const page: CachedPage = { body, etag: etagOf(body), tags: uniqueTags, contentType }
    this.pages.set(key, page)
    for (const tag of uniqueTags) {
      let keys = this.keysByTag.get(tag)
      if (!keys) this.keysByTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    return page
  }

  /** Drops every page that shows any of these documents. */
  invalidate(tags: string[], { broadcast = true } = {}): number {
    let dropped = 0
    for (const tag of tags) {
      for (const key of this.keysByTag.get(tag) ?? []) {
        if (this.pages.delete(key)) dropped++
      }
      this.keysByTag.delete(tag)
    }
    if (broadcast) for (const listener of this.listeners) listener(tags)
    return dropped
  }

  clear(): void {
    this.pages.clear()
    this.keysByTag.clear()
  }

  get size(): number {
    return this.pages.size
  }

  /** Called with the tags of every local invalidation, so other instances can be told. */
  onInvalidate(listener: (tags: string[]) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private evictOldest(): void {
    const oldest = this.pages.keys().next()
    if (!oldest.done) this.pages.delete(oldest.value)
  }
}

export const etagOf = (body: string): string =>
  `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`

const cacheKey = Symbol.for('abolition.pageCache')
type CacheHolder = { [cacheKey]?: PageCache }

export function pageCache(): PageCache {
  const holder = globalThis as CacheHolder
  holder[cacheKey] ??= new PageCache()
  return holder[cacheKey]
}
