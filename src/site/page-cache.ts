import { createHash } from 'node:crypto'

export type CachedPage = {
  body: string
  etag: string
  tags: readonly string[]
  contentType: string
  /** Compressed once, on first use, then served as is. */
  gzip?: Buffer
  /** The request path this page answers without a query string, for the fast path in front of the app. */
  url?: string
  /** The complete response headers as the app sent them (security headers included), for the fast path. */
  headers?: Record<string, string>
  /** When the page stops being valid by itself (e.g. a news item's age notice changes), in ms since epoch. */
  expiresAt?: number
  /** What the fast path writes, prepared on its first hit. */
  replay?: {
    notModified: string[]
    plain: [head: string[], body: Buffer]
    gzip: [head: string[], body: Buffer] | undefined
  }
}

/**
 * Rendered HTML per URL and language, tagged with the documents it shows. It lives on globalThis
 * because the Payload config exists twice in the process (Next's bundle and Node's own import)
 * while hooks from either copy must reach the one cache the site reads.
 */
/**
 * Remembered data is reloaded after this long even without an invalidation: a safety net for a
 * change whose invalidation raced the write's commit (see cache-invalidation.ts).
 */
const rememberAtMostMs = 5 * 60_000

export class PageCache {
  private readonly pages = new Map<string, CachedPage>()
  private readonly keysByTag = new Map<string, Set<string>>()
  private readonly keysByUrl = new Map<string, string>()
  private readonly listeners = new Set<(tags: string[]) => void>()
  /** Data (not pages) kept by remember(), under keys of their own ("data:…") in the same tag index. */
  private readonly values = new Map<string, { value: Promise<unknown>; tags: readonly string[]; at: number }>()

  constructor(private readonly maxEntries = 5000) {}

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key)
    if (page?.expiresAt !== undefined && page.expiresAt <= Date.now()) {
      this.delete(key)
      return undefined
    }
    return page
  }

  /** The page a bare request path (no query string) was last answered with, if it is still cached. */
  getByUrl(url: string): CachedPage | undefined {
    const key = this.keysByUrl.get(url)
    return key === undefined ? undefined : this.get(key)
  }

  set(
    key: string,
    body: string,
    tags: Iterable<string>,
    options: { contentType?: string; url?: string; expiresAt?: number } = {},
  ): CachedPage {
    if (this.pages.size >= this.maxEntries && !this.pages.has(key)) this.evictOldest()
    const uniqueTags = [...new Set(tags)]
    const page: CachedPage = {
      body,
      etag: etagOf(body),
      tags: uniqueTags,
      contentType: options.contentType ?? 'text/html; charset=utf-8',
      expiresAt: options.expiresAt,
    }
    if (options.url !== undefined) {
      page.url = options.url
      this.keysByUrl.set(options.url, key)
    }
    this.pages.set(key, page)
    for (const tag of uniqueTags) {
      let keys = this.keysByTag.get(tag)
      if (!keys) this.keysByTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    return page
  }

  /**
   * Published data read on nearly every request (the charity's details, a campaign's signing
   * details), kept until one of its tags is invalidated, exactly as a page is: a form post under
   * load then costs no read for it. Concurrent callers share one load; a failed load, or one
   * that found nothing, is not kept. Never for drafts or anything personal.
   */
  remember<T>(key: string, tags: readonly string[], load: () => Promise<T>): Promise<T> {
    const dataKey = `data:${key}`
    const held = this.values.get(dataKey)
    if (held && Date.now() - held.at < rememberAtMostMs) return held.value as Promise<T>
    if (held) this.forgetValue(dataKey)
    if (this.values.size >= this.maxEntries) {
      const oldest = this.values.keys().next()
      if (!oldest.done) this.forgetValue(oldest.value)
    }
    const value = load()
    const entry = { value, tags, at: Date.now() }
    this.values.set(dataKey, entry)
    for (const tag of tags) {
      let keys = this.keysByTag.get(tag)
      if (!keys) this.keysByTag.set(tag, (keys = new Set()))
      keys.add(dataKey)
    }
    const forget = () => {
      if (this.values.get(dataKey) === entry) this.forgetValue(dataKey)
    }
    // Every caller shares the one object: outside production it is frozen, so code that would
    // change it (and so every later request's copy) fails its tests instead.
    value.then((found) => (found === undefined ? forget() : freezeOutsideProduction(found)), forget).catch(forget)
    return value
  }

  /** Drops remembered data and its place in the tag index (so misses cannot pile up there). */
  private forgetValue(dataKey: string): void {
    const entry = this.values.get(dataKey)
    if (!entry) return
    this.values.delete(dataKey)
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag)
      keys?.delete(dataKey)
      if (keys?.size === 0) this.keysByTag.delete(tag)
    }
  }

  /** Drops every page (and remembered data) that shows any of these documents; returns the pages dropped. */
  invalidate(tags: string[], { broadcast = true } = {}): number {
    let dropped = 0
    for (const tag of tags) {
      for (const key of this.keysByTag.get(tag) ?? []) {
        if (this.values.delete(key)) continue
        if (this.delete(key)) dropped++
      }
      this.keysByTag.delete(tag)
    }
    if (broadcast) for (const listener of this.listeners) listener(tags)
    return dropped
  }

  clear(): void {
    this.pages.clear()
    this.values.clear()
    this.keysByTag.clear()
    this.keysByUrl.clear()
  }

  get size(): number {
    return this.pages.size
  }

  /** Called with the tags of every local invalidation, so other instances can be told. */
  onInvalidate(listener: (tags: string[]) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private delete(key: string): boolean {
    const page = this.pages.get(key)
    if (!page) return false
    this.pages.delete(key)
    if (page.url !== undefined && this.keysByUrl.get(page.url) === key) this.keysByUrl.delete(page.url)
    return true
  }

  private evictOldest(): void {
    const oldest = this.pages.keys().next()
    if (!oldest.done) this.delete(oldest.value)
  }
}

function freezeOutsideProduction(value: unknown): void {
  if (process.env.NODE_ENV === 'production' || !value || typeof value !== 'object' || Object.isFrozen(value)) return
  Object.freeze(value)
  for (const child of Object.values(value)) freezeOutsideProduction(child)
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
