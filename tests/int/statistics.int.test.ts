import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { flushPageViews, pruneOldPageViews } from '../../src/features/statistics/flush-views'
import { pageViewsSlug } from '../../src/features/statistics/PageViews'
import { takePendingViews } from '../../src/features/statistics/view-buffer'
import { viewsOverview } from '../../src/features/statistics/views-overview'
import { dayOf } from '../../src/features/statistics/view-key'
import { seedDemoContent } from '../../src/seed'
import { createDispatcher } from '../../src/site/dispatch'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite } from '../helpers/test-site'

const browser = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const readerIp = '203.0.113.77'

let t: TestPayload
let server: Server
let baseUrl: string

/**
 * The production path: the dispatcher answers cached pages itself before Hono, so views must be
 * counted there too. Next's routes are not needed here.
 */
beforeAll(async () => {
  t = await startTestPayload()
  await seedDemoContent(t.payload)
  const { app } = createTestSite(t)
  server = createServer(createDispatcher({ next: (_req, res) => res.writeHead(404).end(), site: app, pageCache: true }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 180_000)
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await t?.close()
})

beforeEach(async () => {
  takePendingViews()
  await t.payload.db.deleteMany({ collection: pageViewsSlug, where: { id: { exists: true } } })
})

const load = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    redirect: 'manual',
    headers: { 'User-Agent': browser, 'X-Forwarded-For': readerIp, ...headers },
  })
  await response.arrayBuffer()
  return response
}

const rows = async () => {
  await flushPageViews(t.payload)
  const { docs } = await t.payload.find({ collection: pageViewsSlug, pagination: false, sort: 'path', overrideAccess: true })
  return docs.map(({ path, referrer, views }) => ({ path, referrer, views }))
}

/** The table as the database holds it, every column of every row. */
async function rawTable(payload: Payload): Promise<Record<string, unknown>[]> {
  const db = payload.db as unknown as { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }> }
  const result = await db.execute({ drizzle: db.drizzle, raw: 'SELECT * FROM page_views' })
  return result.rows
}

describe('page views', () => {
  it('counts each page load once, whether rendered, served from the cache or revalidated', async () => {
    const first = await load('/get-help')
    expect(first.status).toBe(200)
    expect((await load('/get-help')).status).toBe(200)
    expect((await load('/get-help', { 'If-None-Match': first.headers.get('etag') ?? '' })).status).toBe(304)
    await load('/vi/get-help')
    expect(await rows()).toEqual([
      { path: '/get-help', referrer: '(none)', views: 3 },
      { path: '/vi/get-help', referrer: '(none)', views: 1 },
    ])
  })

  it('serves the cached copy of a get-help page with the same no-referrer policy', async () => {
    await load('/get-help/staying-safe-online')
    const cached = await load('/get-help/staying-safe-online')
    expect(cached.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('does not count bots, prefetches, previews, HEAD, missing pages, assets or health checks', async () => {
    await load('/news', { 'User-Agent': 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' })
    await load('/news', { 'User-Agent': '' })
    await load('/news', { 'Sec-Purpose': 'prefetch' })
    await load('/news', {}, 'HEAD')
    await load('/news?preview=not-a-valid-token')
    await load('/this-page-does-not-exist')
    await load('/favicon.ico')
    await load('/healthz')
    await load('/sitemap.xml')
    expect(await rows()).toEqual([])
  })

  it('keeps the referring site’s domain and nothing else about the reader', async () => {
    await load('/news', { Referer: 'https://www.search.example/results?q=my+name+and+address' })
    await load('/news', { Referer: `${t.env.SITE_URL}/get-help` })
    expect(await rows()).toEqual([
      { path: '/news', referrer: '(none)', views: 1 },
      { path: '/news', referrer: 'search.example', views: 1 },
    ])

    const table = await rawTable(t.payload)
    expect(Object.keys(table[0] ?? {}).sort()).toEqual(['day', 'id', 'path', 'referrer', 'views'])
    const stored = JSON.stringify(table)
    for (const trace of [readerIp, 'Chrome', 'Mozilla', 'my+name', 'results']) expect(stored).not.toContain(trace)
  })

  it('adds to the day’s row rather than writing a row per view', async () => {
    await load('/news')
    await rows()
    await load('/news')
    await load('/news')
    expect(await rows()).toEqual([{ path: '/news', referrer: '(none)', views: 3 }])
    expect(await rawTable(t.payload)).toHaveLength(1)
  })

  it('deletes days older than the retention period', async () => {
    const today = new Date()
    const daysAgo = (days: number) => dayOf(new Date(today.getTime() - days * 86_400_000))
    for (const day of [daysAgo(401), daysAgo(399)]) {
      await t.payload.db.create({ collection: pageViewsSlug, data: { day, path: '/', referrer: '(none)', views: 5 } })
    }
    await pruneOldPageViews(t.payload, today)
    const left = await t.payload.find({ collection: pageViewsSlug, overrideAccess: true })
    expect(left.docs.map((row) => row.day)).toEqual([daysAgo(399)])
  })
})

describe('the statistics in the admin', () => {
  it('sums the last 90 days per day and ranks the most viewed pages', async () => {
    await load('/news')
    await load('/news')
    await load('/get-help')
    await flushPageViews(t.payload)
    await t.payload.db.create({ collection: pageViewsSlug, data: { day: '2000-01-01', path: '/old', referrer: '(none)', views: 99 } })
    const overview = await viewsOverview(t.payload)
    expect(overview.days).toHaveLength(90)
    expect(overview.days.at(-1)).toEqual({ day: dayOf(new Date()), views: 3 })
    expect(overview.total).toBe(3)
    expect(overview.topPages).toEqual([
      { path: '/news', views: 2 },
      { path: '/get-help', views: 1 },
    ])
  })

  it('may be read by every member of staff and written by none, not even an admin', async () => {
    await load('/news')
    await flushPageViews(t.payload)
    for (const role of ['admin', 'editor', 'fundraiser', 'viewer'] as const) {
      const user = await createStaff(t.payload, role)
      const { totalDocs } = await t.payload.find({ collection: pageViewsSlug, user, overrideAccess: false })
      expect(totalDocs, role).toBe(1)
      await expect(
        t.payload.create({ collection: pageViewsSlug, data: { day: '2026-01-01', path: '/', referrer: '(none)', views: 1 }, user, overrideAccess: false }),
      ).rejects.toThrow()
    }
    await expect(t.payload.find({ collection: pageViewsSlug, overrideAccess: false })).rejects.toThrow()
  })
})
