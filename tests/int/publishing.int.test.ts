import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pageCache } from '../../src/site/page-cache'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite, type TestSite } from '../helpers/test-site'

let t: TestPayload
let site: TestSite
beforeAll(async () => {
  t = await startTestPayload()
  site = createTestSite(t)
})
afterAll(() => t?.close())

const h1Of = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]

describe('publishing a page', () => {
  const path = '/modern-slavery-act'
  let id: number

  it('keeps a draft off the public site', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: { title: 'The Modern Slavery Act', slug: 'modern-slavery-act', _status: 'draft' },
      draft: true,
    })
    id = page.id
    const response = await site.get(path)
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('shows it on the very next request once published', async () => {
    await t.payload.update({ collection: 'pages', id, data: { _status: 'published' } })
    const response = await site.get(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(h1Of(await response.text())).toBe('The Modern Slavery Act')
  })

  it('serves repeat requests from the cache with identical bytes, an ETag and revalidation headers', async () => {
    const first = await site.get(path)
    const second = await site.get(path)
    expect(await second.text()).toBe(await first.text())
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(first.headers.get('etag')).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, no-cache')
    expect(pageCache().get(`en:${path}`)).toBeTruthy()
  })

  it('answers 304 with no body when the browser already has this version', async () => {
    const etag = (await site.get(path)).headers.get('etag') ?? ''
    const response = await site.get(path, { 'If-None-Match': etag })
    expect(response.status).toBe(304)
    expect(await response.text()).toBe('')
    expect((await site.get(path, { 'If-None-Match': '"something-else"' })).status).toBe(200)
  })

  it('sends gzip to browsers that accept it', async () => {
    const response = await site.get(path, { 'Accept-Encoding': 'gzip, br' })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/)
  })

  it('does not change the public page when an edit is saved as a draft', async () => {
    const before = await (await site.get(path)).text()
    await t.payload.update({ collection: 'pages', id, data: { title: 'Draft title nobody should see' }, draft: true })
    expect(await (await site.get(path)).text()).toBe(before)
    // Not just the cache: a fresh render still reads the published version.
    pageCache().clear()
    expect(h1Of(await (await site.get(path)).text())).toBe('The Modern Slavery Act')
  })

  it('shows a published edit on the very next request, with a new ETag', async () => {
    const before = await site.get(path)
    await t.payload.update({ collection: 'pages', id, data: { title: 'The Modern Slavery Act 2015', _status: 'published' } })
    const after = await site.get(path)
    expect(h1Of(await after.text())).toBe('The Modern Slavery Act 2015')
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
    expect((await site.get(path, { 'If-None-Match': before.headers.get('etag') ?? '' })).status).toBe(200)
  })

  it('takes an unpublished page off the site at once', async () => {
    await site.get(path)
    await t.payload.update({ collection: 'pages', id, data: { _status: 'draft' } })
    expect((await site.get(path)).status).toBe(404)
    await t.payload.update({ collection: 'pages', id, data: { _status: 'published' } })
    expect((await site.get(path)).status).toBe(200)
  })

  it('answers 404 once the page is deleted', async () => {
    await site.get(path)
    await t.payload.delete({ collection: 'pages', id })
    const response = await site.get(path)
    expect(response.status).toBe(404)
    expect(await response.text()).toMatch(/not found/i)
  })
})

describe('a page that shows another document', () => {
  it('is refreshed when the site settings change', async () => {
    await t.payload.create({ collection: 'pages', data: { title: 'About us', slug: 'about', _status: 'published' } })
    await t.payload.updateGlobal({ slug: 'site-settings', data: { charityName: 'First Name Trust', charityNumber: '1000001' } })
    expect(await (await site.get('/about')).text()).toContain('First Name Trust')
    await t.payload.updateGlobal({ slug: 'site-settings', data: { charityName: 'Second Name Trust', charityNumber: '1000001' } })
    expect(await (await site.get('/about')).text()).toContain('Second Name Trust')
  })
})

describe('addresses', () => {
  it('follow a renamed section on the very next request, for pages with and without pending drafts', async () => {
    const section = await t.payload.create({ collection: 'pages', data: { title: 'Help', slug: 'help', _status: 'published' } })
    await t.payload.create({ collection: 'pages', data: { title: 'Helplines', slug: 'helplines', parent: section.id, _status: 'published' } })
    const edited = await t.payload.create({ collection: 'pages', data: { title: 'Signs', slug: 'signs', parent: section.id, _status: 'published' } })
    await t.payload.update({ collection: 'pages', id: edited.id, data: { title: 'Signs (being rewritten)' }, draft: true })
    for (const path of ['/help/helplines', '/help/signs']) expect((await site.get(path)).status).toBe(200)

    await t.payload.update({ collection: 'pages', id: section.id, data: { slug: 'get-help' } })
    for (const path of ['/help/helplines', '/help/signs']) expect((await site.get(path)).status, path).toBe(404)
    expect(h1Of(await (await site.get('/get-help/helplines')).text())).toBe('Helplines')
    expect(h1Of(await (await site.get('/get-help/signs')).text())).toBe('Signs')
  })

  it('redirect a trailing slash to the canonical address', async () => {
    const response = await site.get('/about/')
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/about')
  })

  it('answer 404 for unknown and malformed paths without caching them', async () => {
    for (const path of ['/no-such-page', '/About', '/a//b', '/%3Cscript%3E']) {
      const response = await site.get(path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('cache-control'), path).toBe('no-store')
    }
  })
})
