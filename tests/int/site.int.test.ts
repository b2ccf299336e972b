import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { link, paragraph, richText, text } from '../helpers/lexical'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite, type TestSite } from '../helpers/test-site'

let t: TestPayload
let site: TestSite
beforeAll(async () => {
  t = await startTestPayload()
  site = createTestSite(t)
  await t.payload.create({ collection: 'pages', data: { title: 'Home', slug: 'home', _status: 'published' } })
})
afterAll(() => t?.close())

const directives = (csp: string) =>
  new Map(csp.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/)
    return [name, values] as const
  }))

describe('security headers on public pages', () => {
  it.each(['/', '/no-such-page'])('are strict on %s', async (path) => {
    const response = await site.get(path)
    const csp = directives(response.headers.get('content-security-policy') ?? '')
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
    expect(csp.get('style-src')).not.toContain("'unsafe-inline'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it('has no inline script or style in the page, so the CSP breaks nothing', async () => {
    const html = await (await site.get('/')).text()
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i)
    expect(html).not.toMatch(/\sstyle=/i)
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })

  it('serves the stylesheet the page links to, cached for a year', async () => {
    const html = await (await site.get('/')).text()
    const href = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/.exec(html)?.[1] ?? /<link[^>]+href="([^"]+\.css)"/.exec(html)?.[1]
    expect(href).toMatch(/^\/assets\/.+\.css$/)
    const response = await site.get(href ?? '')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })
})

describe('health', () => {
  it('/healthz answers 200 and is never cached', async () => {
    const response = await site.get('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('/readyz answers 200 when the database is reachable and every migration has run', async () => {
    const response = await site.get('/readyz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ready' })
  })

  it('/readyz checks the migrations a production start needs', async () => {
    const previous = process.env.NODE_ENV
    // Next's types make NODE_ENV read-only; the check reads it per request, so flip it for this test.
    Object.assign(process.env, { NODE_ENV: 'production' })
    try {
      expect((await site.get('/readyz')).status).toBe(200)
      await t.payload.delete({ collection: 'payload-migrations', where: { id: { exists: true } }, overrideAccess: true })
      const response = await site.get('/readyz')
      expect(response.status).toBe(503)
      expect(await response.json()).toMatchObject({ status: 'migrations pending' })
    } finally {
      Object.assign(process.env, { NODE_ENV: previous })
    }
  })
})

describe('rich text from editors', () => {
  it('renders no javascript: link, whatever is stored', async () => {
    const content = richText(paragraph(text('Read '), link('javascript:alert(document.cookie)', 'our report'), text(' now.')))
    const saved = await t.payload
      .create({
        collection: 'pages',
        data: { title: 'Report', slug: 'report', _status: 'published', layout: [{ blockType: 'richText', content }] },
      })
      .then(
        () => 'saved',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      )
    if (saved !== 'saved') {
      // Refusing the link at save time is just as good as neutralising it.
      expect(saved).toMatch(/invalid|url|link/i)
      return
    }
    const html = await (await site.get('/report')).text()
    expect(html).toContain('our report')
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i)
  })
})
