import { describe, expect, it } from 'vitest'
import { etagOf, PageCache, pageCache } from './page-cache'

describe('PageCache', () => {
  it('returns what was stored, with an ETag derived from the body', () => {
    const cache = new PageCache()
    const page = cache.set('en:/about', '<h1>About</h1>', ['pages:1'])
    expect(cache.get('en:/about')?.body).toBe('<h1>About</h1>')
    expect(page.etag).toBe(etagOf('<h1>About</h1>'))
    expect(page.etag).not.toBe(etagOf('<h1>About us</h1>'))
    expect(page.etag).toMatch(/^"[\w-]{22}"$/)
  })

  it('drops every page that shows an invalidated document and keeps the others', () => {
    const cache = new PageCache()
    cache.set('en:/', 'home', ['pages:1', 'news:*'])
    cache.set('en:/news/a', 'news a', ['news:7'])
    cache.set('en:/about', 'about', ['pages:2', 'media:3'])
    expect(cache.invalidate(['media:3', 'news:*'])).toBe(2)
    expect(cache.get('en:/')).toBeUndefined()
    expect(cache.get('en:/about')).toBeUndefined()
    expect(cache.get('en:/news/a')?.body).toBe('news a')
    expect(cache.size).toBe(1)
  })

  it('forgets the tag once used, so a page cached again afterwards is tracked afresh', () => {
    const cache = new PageCache()
    cache.set('en:/a', 'one', ['pages:1'])
    cache.invalidate(['pages:1'])
    cache.set('en:/a', 'two', ['pages:1'])
    expect(cache.get('en:/a')?.body).toBe('two')
    expect(cache.invalidate(['pages:1'])).toBe(1)
  })

  it('evicts the oldest page when full, but not when a page is replaced', () => {
    const cache = new PageCache(2)
    cache.set('a', 'A', [])
    cache.set('b', 'B', [])
    cache.set('b', 'B2', [])
    expect(cache.size).toBe(2)
    cache.set('c', 'C', [])
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('b')?.body).toBe('B2')
    expect(cache.get('c')?.body).toBe('C')
  })

  it('tells listeners about local invalidations only, so broadcasts do not echo', () => {
    const cache = new PageCache()
    const heard: string[][] = []
    const stop = cache.onInvalidate((tags) => heard.push(tags))
    cache.invalidate(['pages:1'])
    cache.invalidate(['pages:2'], { broadcast: false })
    stop()
    cache.invalidate(['pages:3'])
    expect(heard).toEqual([['pages:1']])
  })

  it('is one cache per process, shared through globalThis', () => {
    expect(pageCache()).toBe(pageCache())
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('abolition.pageCache')]).toBe(pageCache())
  })
})

describe('pages that expire by themselves', () => {
  it('are dropped once their time has come, by key and by address', () => {
    const cache = new PageCache()
    cache.set('en:/news/old', '<p>1 year old</p>', ['news:1'], { url: '/news/old', expiresAt: Date.now() - 1 })
    cache.set('en:/news/new', '<p>fresh</p>', ['news:2'], { url: '/news/new', expiresAt: Date.now() + 60_000 })
    expect(cache.getByUrl('/news/old')).toBeUndefined()
    expect(cache.get('en:/news/old')).toBeUndefined()
    expect(cache.getByUrl('/news/new')?.body).toBe('<p>fresh</p>')
  })
})

describe('remembered data', () => {
  it('loads once for concurrent callers and keeps the value until one of its tags is invalidated', async () => {
    const cache = new PageCache()
    let loads = 0
    const load = () => Promise.resolve({ name: `Freedom Line ${++loads}` })
    const [first, second] = await Promise.all([cache.remember('charity:en', ['global:site-settings'], load), cache.remember('charity:en', ['global:site-settings'], load)])
    expect(first).toBe(second)
    expect(loads).toBe(1)
    cache.invalidate(['pages:1'])
    expect(await cache.remember('charity:en', ['global:site-settings'], load)).toBe(first)
    expect(cache.invalidate(['global:site-settings'])).toBe(0)
    expect(await cache.remember('charity:en', ['global:site-settings'], load)).toEqual({ name: 'Freedom Line 2' })
  })

  it('keeps neither a failed load nor one that found nothing', async () => {
    const cache = new PageCache()
    await expect(cache.remember('x', [], () => Promise.reject(new Error('database down')))).rejects.toThrow('database down')
    expect(await cache.remember('x', [], () => Promise.resolve('now it works'))).toBe('now it works')
    expect(await cache.remember('y', [], () => Promise.resolve(undefined))).toBeUndefined()
    expect(await cache.remember('y', [], () => Promise.resolve('found later'))).toBe('found later')
  })

  it('is kept apart from pages with the same key, and cleared with them', async () => {
    const cache = new PageCache()
    cache.set('k', '<p>page</p>', ['t'])
    expect(await cache.remember('k', ['t'], () => Promise.resolve('data'))).toBe('data')
    expect(cache.get('k')?.body).toBe('<p>page</p>')
    cache.clear()
    expect(await cache.remember('k', ['t'], () => Promise.resolve('reloaded'))).toBe('reloaded')
  })
})
