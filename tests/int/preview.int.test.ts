import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPreviewToken } from '../../src/features/preview/preview-token'
import type { Page } from '../../src/payload-types'
import { createStaff, signIn, staffAuthorization, staffCookie } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite, type TestSite } from '../helpers/test-site'

let t: TestPayload
let site: TestSite
let page: Page
let token: string
let previewPath: string

const h1Of = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]

beforeAll(async () => {
  t = await startTestPayload()
  site = createTestSite(t)
  await createStaff(t.payload, 'admin')
  const editor = await createStaff(t.payload, 'editor')
  token = await signIn(t.payload, editor.email)
  page = await t.payload.create({ collection: 'pages', data: { title: 'Published words', slug: 'campaign', _status: 'published' } })
  await t.payload.update({ collection: 'pages', id: page.id, data: { title: 'Draft words' }, draft: true })
  previewPath = `/campaign?preview=${encodeURIComponent(createPreviewToken(t.env.PAYLOAD_SECRET, { collection: 'pages', id: String(page.id) }))}`
})
afterAll(() => t?.close())

describe('preview', () => {
  it('shows the published version to someone with a preview link but no staff session', async () => {
    const response = await site.get(previewPath)
    expect(response.status).toBe(200)
    expect(h1Of(await response.text())).toBe('Published words')
    expect(response.headers.get('cache-control')).toBe('public, no-cache')
  })

  it('shows the published version to staff without a preview link', async () => {
    expect(h1Of(await (await site.get('/campaign', staffCookie(token))).text())).toBe('Published words')
  })

  it('shows the draft to signed-in staff (admin cookie), never cached, framable only by the admin', async () => {
    const response = await site.get(previewPath, staffCookie(token))
    expect(response.status).toBe(200)
    expect(h1Of(await response.text())).toBe('Draft words')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-robots-tag')).toBe('noindex')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
  })

  it('shows the draft to staff signed in with an API token too', async () => {
    expect(h1Of(await (await site.get(previewPath, staffAuthorization(token))).text())).toBe('Draft words')
  })

  it('does not leak the draft into the public cache', async () => {
    await site.get(previewPath, staffCookie(token))
    expect(h1Of(await (await site.get('/campaign')).text())).toBe('Published words')
  })

  it('ignores the staff cookie on a request from another site', async () => {
    expect(h1Of(await (await site.get(previewPath, staffCookie(token, 'cross-site'))).text())).toBe('Published words')
  })

  it('ignores a forged preview token or session', async () => {
    const forged = createPreviewToken('not-the-secret'.padEnd(64, 'x'), { collection: 'pages', id: String(page.id) })
    const withForgedToken = await site.get(`/campaign?preview=${encodeURIComponent(forged)}`, staffCookie(token))
    expect(h1Of(await withForgedToken.text())).toBe('Published words')
    const withForgedSession = await site.get(previewPath, staffCookie(`${token.slice(0, -4)}AAAA`))
    expect(h1Of(await withForgedSession.text())).toBe('Published words')
  })

  it('lets staff preview a page that has never been published', async () => {
    const unpublished = await t.payload.create({ collection: 'pages', data: { title: 'Coming soon', slug: 'coming-soon', _status: 'draft' }, draft: true })
    const link = `/coming-soon?preview=${encodeURIComponent(createPreviewToken(t.env.PAYLOAD_SECRET, { collection: 'pages', id: String(unpublished.id) }))}`
    expect((await site.get(link)).status).toBe(404)
    const response = await site.get(link, staffCookie(token))
    expect(response.status).toBe(200)
    expect(h1Of(await response.text())).toBe('Coming soon')
  })
})
