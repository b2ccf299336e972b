import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalogs } from '../../src/i18n'
import { locales } from '../../src/site/locales'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite, type TestSite } from '../helpers/test-site'

let t: TestPayload
let site: TestSite

const h1Of = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]
const htmlTag = (html: string) => /<html[^>]*>/.exec(html)?.[0] ?? ''
const hreflangs = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hreflang="([a-z]+)" href="([^"]+)"/g)].map((m) => ({ locale: m[1] ?? '', href: m[2] ?? '' }))
const pathOf = (url: string) => new URL(url).pathname

beforeAll(async () => {
  t = await startTestPayload()
  site = createTestSite(t)
  await t.payload.updateGlobal({ slug: 'site-settings', data: { charityName: 'Freedom Line', charityNumber: '1234567' } })
  await t.payload.create({ collection: 'pages', data: { title: 'Welcome', slug: 'home', _status: 'published' } })
  const guide = await t.payload.create({ collection: 'pages', data: { title: 'Human trafficking', slug: 'guide', _status: 'published' } })
  await t.payload.update({ collection: 'pages', id: guide.id, locale: 'vi', data: { title: 'Mua bán người', _status: 'published' } })
  await t.payload.update({ collection: 'pages', id: guide.id, locale: 'ar', data: { title: 'الاتجار بالبشر', _status: 'published' } })
  await t.payload.create({ collection: 'pages', data: { title: 'Forced labour', slug: 'forced-labour', _status: 'published' } })
}, 120_000)
afterAll(() => t?.close())

describe('pages in the reader’s language', () => {
  it.each(locales.map((locale) => [locale.code, locale.dir] as const))('%s: the home page carries lang and dir', async (code, dir) => {
    const response = await site.get(code === 'en' ? '/' : `/${code}`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(htmlTag(html)).toContain(`lang="${code}"`)
    expect(htmlTag(html)).toContain(`dir="${dir}"`)
    // The interface is in that language: the skip link is the first thing a keyboard user meets.
    expect(html).toContain(`>${catalogs[code].layout.skipLink}<`)
  })

  it('shows the translation under the language prefix, and English without one', async () => {
    expect(h1Of(await (await site.get('/vi/guide')).text())).toBe('Mua bán người')
    expect(h1Of(await (await site.get('/ar/guide')).text())).toBe('الاتجار بالبشر')
    expect(h1Of(await (await site.get('/guide')).text())).toBe('Human trafficking')
  })

  it('lists, in the switcher and as hreflang, exactly the languages the page exists in, and they all answer', async () => {
    const html = await (await site.get('/vi/guide')).text()
    const alternates = hreflangs(html)
    expect(alternates.map((a) => a.locale).sort()).toEqual(['ar', 'en', 'vi'])
    for (const alternate of alternates) {
      const response = await site.get(pathOf(alternate.href))
      expect(response.status, alternate.href).toBe(200)
      expect(htmlTag(await response.text())).toContain(`lang="${alternate.locale}"`)
    }
    expect(html).toContain('<a class="ab-languages__link" href="/ar/guide" lang="ar" hreflang="ar">العربية</a>')
    expect(html).toMatch(/href="\/vi\/guide" lang="vi" hreflang="vi" aria-current="true">Tiếng Việt</)
  })

  it('falls back to English with a notice in the reader’s language where there is no translation', async () => {
    const response = await site.get('/lt/forced-labour')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(htmlTag(html)).toContain('lang="lt"')
    expect(html).toContain(catalogs.lt.layout.fallbackNotice.replace('{{language}}', 'Lietuvių'))
    expect(html).toContain('<article class="ab-article" lang="en" dir="ltr">')
    expect(h1Of(html)).toBe('Forced labour')
    // Search engines are pointed at the English original, which is the only language listed.
    expect(html).toContain('<link rel="canonical" href="http://localhost:3000/forced-labour"/>')
    expect(hreflangs(html).map((a) => a.locale)).toEqual(['en'])
  })

  it('shows no notice on a translated page', async () => {
    const html = await (await site.get('/vi/guide')).text()
    expect(html).not.toContain('ab-fallback-notice')
  })

  it('keeps links inside the site in the reader’s language', async () => {
    const html = await (await site.get('/vi/guide')).text()
    expect(html).toContain('href="/vi/donate"')
    expect(html).toContain('href="/vi/updates"')
    expect(html).toContain('href="/vi/privacy"')
    expect(html).toContain('href="/vi"')
  })

  it('sends /en/… to the unprefixed English address, and 404s in the reader’s language', async () => {
    const redirect = await site.get('/en/guide')
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe('/guide')
    const missing = await site.get('/pl/no-such-page')
    expect(missing.status).toBe(404)
    expect(h1Of(await missing.text())).toBe(catalogs.pl.notFound.title)
  })

  it('caches each language separately', async () => {
    const english = await (await site.get('/guide')).text()
    const vietnamese = await (await site.get('/vi/guide')).text()
    expect(h1Of(await (await site.get('/guide')).text())).toBe(h1Of(english))
    expect(h1Of(await (await site.get('/vi/guide')).text())).toBe(h1Of(vietnamese))
  })
})

describe('sitemaps per language', () => {
  it('index one sitemap per language', async () => {
    const xml = await (await site.get('/sitemap.xml')).text()
    for (const { code } of locales) expect(xml).toContain(`<loc>http://localhost:3000/sitemaps/${code}.xml</loc>`)
  })

  it('list only the pages translated into that language', async () => {
    const vietnamese = await (await site.get('/sitemaps/vi.xml')).text()
    expect(vietnamese).toContain('<loc>http://localhost:3000/vi/guide</loc>')
    expect(vietnamese).not.toContain('forced-labour')
    const english = await (await site.get('/sitemaps/en.xml')).text()
    expect(english).toContain('<loc>http://localhost:3000/forced-labour</loc>')
    expect(english).toContain('<loc>http://localhost:3000/guide</loc>')
    expect((await site.get('/sitemaps/xx.xml')).status).toBe(404)
  })
})
