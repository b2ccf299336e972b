import type { Hono } from 'hono'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatcher } from '../../src/site/dispatch'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite } from '../helpers/test-site'

// The real dispatcher over a real socket: a cached page is answered before Hono runs, with the
// same bytes and headers Hono gave it, and stops being answered that way the moment it changes.
let t: TestPayload
let server: Server
let base: string
let appCalls = 0
let pageId: number

beforeAll(async () => {
  t = await startTestPayload()
  await t.payload.updateGlobal({ slug: 'site-settings', data: { charityName: 'Freedom Line', charityNumber: '1234567' } })
  pageId = (await t.payload.create({ collection: 'pages', data: { title: 'Forced labour', slug: 'forced-labour', _status: 'published' } })).id
  const { app } = createTestSite(t)
  const counted = { fetch: (request: Request) => (appCalls++, app.fetch(request)) } as unknown as Hono
  server = createServer(createDispatcher({ next: (_req, res) => res.end('next'), site: counted, pageCache: true }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 120_000)
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await t?.close()
})

const h1Of = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]
const headersOf = (response: Response) => {
  const all = Object.fromEntries(response.headers)
  delete all.date
  delete all['content-length']
  delete all['keep-alive']
  delete all.connection
  return all
}

describe('the fast path for cached pages', () => {
  it('answers the second request without the app, with identical bytes and headers', async () => {
    const first = await fetch(`${base}/forced-labour`)
    const callsAfterFirst = appCalls
    const second = await fetch(`${base}/forced-labour`)
    expect(appCalls).toBe(callsAfterFirst)
    expect(second.status).toBe(200)
    expect(await second.text()).toBe(await first.text())
    expect(headersOf(second)).toEqual(headersOf(first))
    expect(second.headers.get('content-security-policy')).toContain("object-src 'none'")
  })

  it('serves gzip to clients that ask for it, and 304 to a matching If-None-Match', async () => {
    const plain = await fetch(`${base}/forced-labour`)
    const etag = plain.headers.get('etag') ?? ''
    const zipped = await fetch(`${base}/forced-labour`, { headers: { 'accept-encoding': 'gzip' } })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(await zipped.text()).toBe(await plain.text())
    const notModified = await fetch(`${base}/forced-labour`, { headers: { 'if-none-match': etag } })
    expect(notModified.status).toBe(304)
  })

  it('lets the app answer again as soon as the page is published anew', async () => {
    await t.payload.update({ collection: 'pages', id: pageId, data: { title: 'Forced labour today', _status: 'published' } })
    const calls = appCalls
    expect(h1Of(await (await fetch(`${base}/forced-labour`)).text())).toBe('Forced labour today')
    expect(appCalls).toBe(calls + 1)
  })

  it('leaves requests with a query string, and Next paths, to their handlers', async () => {
    await fetch(`${base}/forced-labour`)
    const calls = appCalls
    await fetch(`${base}/forced-labour?preview=whatever`)
    expect(appCalls).toBe(calls + 1)
    expect(await (await fetch(`${base}/admin`)).text()).toBe('next')
  })
})
