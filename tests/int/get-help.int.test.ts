import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoContent } from '../../src/seed'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite, type TestSite } from '../helpers/test-site'

let t: TestPayload
let site: TestSite
beforeAll(async () => {
  t = await startTestPayload()
  site = createTestSite(t)
  await seedDemoContent(t.payload)
}, 180_000)
afterAll(() => t?.close())

const page = async (path: string) => {
  const response = await site.get(path)
  return { response, html: await response.text() }
}

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]

const updateSafety = (safety: { quickExitUrl?: string; quickExitOnEveryPage?: boolean; neutralTitles?: boolean }) =>
  t.payload.updateGlobal({
    slug: 'site-settings',
    data: { safety: { quickExitUrl: 'https://www.bbc.co.uk/weather', quickExitOnEveryPage: false, neutralTitles: false, ...safety } },
    overrideAccess: true,
  })

describe('the get-help page', () => {
  it('shows the helpline and the emergency number as links to call, with the eleven signs', async () => {
    const { response, html } = await page('/get-help')
    expect(response.status).toBe(200)
    expect(html).toContain('href="tel:08000121700"')
    // Isolated, so the number keeps its order inside right-to-left text.
    expect(html).toContain('Call \u206608000 121 700\u2069')
    expect(html).toContain('href="tel:999"')
    expect(html.match(/class="ab-signs__item"/g)).toHaveLength(11)
    expect(html).toContain('What happens when you call')
  })

  it('tells no other site where the reader came from', async () => {
    for (const path of ['/get-help', '/get-help/staying-safe-online', '/vi/get-help']) {
      const { response, html } = await page(path)
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer')
      expect(html, path).toContain('<meta name="referrer" content="no-referrer"/>')
    }
    // Elsewhere the site keeps its usual policy: with no-referrer, browsers send "Origin: null" on form posts.
    expect((await site.get('/news')).headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('has the quick exit: a real link to the neutral site that sends no referrer, and its explanation', async () => {
    const { html } = await page('/get-help/staying-safe-online')
    expect(html).toMatch(/<a class="ab-quick-exit__button" href="https:\/\/www\.bbc\.co\.uk\/weather" rel="nofollow noreferrer"/)
    expect(html).toContain('does not clear your browsing history')
    expect(html).toMatch(/<script src="\/assets\/quick-exit\.[0-9a-f]+\.js" defer="">/)
    expect(html).toContain('It does <strong>not</strong> delete your browsing history')
  })

  it('is written in Vietnamese and Lithuanian, and shows the signs in every language', async () => {
    const vi = await page('/vi/get-help')
    expect(vi.html).toContain('<h1 class="ab-hero__title">Nhận trợ giúp</h1>')
    expect(vi.html).not.toContain('ab-fallback-notice')
    expect(vi.html).toContain('Thoát trang này')
    const lt = await page('/lt/get-help/staying-safe-online')
    expect(lt.html).toContain('<h1 class="ab-hero__title">Kaip saugiai naudotis internetu</h1>')
    expect(lt.html).not.toContain('ab-fallback-notice')
    expect((await page('/lt/get-help')).html).toContain('Šiuolaikinės vergovės ir išnaudojimo pagalbos linija')
    // Arabic content is not written yet: the page is English, but the signs and the exit are Arabic.
    const ar = await page('/ar/get-help')
    expect(ar.html).toContain('ab-fallback-notice')
    expect(ar.html).toContain('<section class="ab-signs" lang="ar" dir="rtl">')
    expect(ar.html).toContain('اخرج من هذه الصفحة')
  })

  it('shows the quick exit on every page and neutral titles only when the settings say so', async () => {
    expect((await page('/news')).html).not.toContain('ab-quick-exit__button')
    expect(titleOf((await page('/get-help')).html)).toBe('Get help | Freedom Line')

    await updateSafety({ quickExitOnEveryPage: true, neutralTitles: true })
    expect((await page('/news')).html).toContain('ab-quick-exit__button')
    expect(titleOf((await page('/get-help')).html)).toBe('Information')
    expect(titleOf((await page('/vi/get-help')).html)).toBe('Thông tin')
    expect(titleOf((await page('/news')).html)).toBe('News | Freedom Line')

    await updateSafety({ quickExitUrl: 'https://weather.example.org/today' })
    expect((await page('/news')).html).not.toContain('ab-quick-exit__button')
    expect((await page('/get-help')).html).toContain('href="https://weather.example.org/today" rel="nofollow noreferrer"')
  })
})

describe('the safety settings', () => {
  const rejection = async (data: Record<string, unknown>) => {
    const before = await t.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    const error = await t.payload.updateGlobal({ slug: 'site-settings', data, overrideAccess: true }).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    const after = await t.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    expect(after.helplines).toEqual(before.helplines)
    expect(after.safety).toEqual(before.safety)
    return error instanceof Error ? JSON.stringify((error as Error & { data?: unknown }).data ?? error.message) : 'saved'
  }

  const helpline = { country: 'GB', countryName: 'United Kingdom', name: 'Helpline', number: '08000 121 700', hours: '24/7', emergencyNumber: '999' }

  it('refuses a quick exit that is not an https address, and says how to fix it', async () => {
    expect(await rejection({ safety: { quickExitUrl: 'http://www.bbc.co.uk/weather' } })).toContain('starting with https://')
    expect(await rejection({ safety: { quickExitUrl: 'javascript:alert(1)' } })).toContain('https://')
  })

  it('refuses helpline numbers that cannot be dialled', async () => {
    expect(await rejection({ helplines: [{ ...helpline, number: 'ring us' }] })).toContain('Use only digits')
    expect(await rejection({ helplines: [{ ...helpline, number: '+0 800' }] })).toContain('An international number')
    expect(await rejection({ helplines: [{ ...helpline, emergencyNumber: '9-9-9' }] })).toContain('2 to 6 digits')
    expect(await rejection({ helplines: [{ ...helpline, country: 'United Kingdom' }] })).toContain('two-letter code')
  })

  it('accepts a second country in international format', async () => {
    const us = { country: 'US', countryName: 'United States', name: 'National Human Trafficking Hotline', number: '+1 888 373 7888', hours: '24/7', emergencyNumber: '911' }
    const current = await t.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    await t.payload.updateGlobal({ slug: 'site-settings', data: { helplines: [...(current.helplines ?? []), us] }, overrideAccess: true })
    const { html } = await page('/get-help')
    expect(html).toContain('href="tel:+18883737888"')
    expect(html).toContain('href="tel:911"')
  })
})

describe('old news', () => {
  const yearsAgo = (years: number) => new Date(Date.now() - years * 365.25 * 86_400_000 - 86_400_000).toISOString()

  it('says how old a news item is once it is older than the settings allow', async () => {
    for (const [slug, years] of [
      ['old-story', 3],
      ['recent-story', 1],
    ] as const) {
      await t.payload.create({
        collection: 'news',
        data: { title: `Story ${slug}`, slug, publishedOn: yearsAgo(years), _status: 'published' },
        overrideAccess: true,
      })
    }
    expect((await page('/news/old-story')).html).toContain('This article is more than 3 years old.')
    expect((await page('/pl/news/old-story')).html).toContain('Ten artykuł ma ponad 3 lata.')
    expect((await page('/news/recent-story')).html).not.toContain('ab-old-news')

    await t.payload.updateGlobal({ slug: 'site-settings', data: { oldNewsAfterYears: 0 }, overrideAccess: true })
    expect((await page('/news/old-story')).html).not.toContain('ab-old-news')
  })
})
