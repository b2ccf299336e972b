import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoContent } from '../../src/seed'
import { locales } from '../../src/site/locales'
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

const counts = async () => ({
  pages: (await t.payload.count({ collection: 'pages' })).totalDocs,
  news: (await t.payload.count({ collection: 'news' })).totalDocs,
  media: (await t.payload.count({ collection: 'media' })).totalDocs,
})

describe('the demo content', () => {
  it('publishes the human trafficking explainer at its nested address', async () => {
    const response = await site.get('/slavery-today/human-trafficking')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toMatch(/human trafficking/i)
    expect(html).toContain('2.5 million')
  })

  it('publishes a home page and the section the explainer sits in', async () => {
    expect((await site.get('/')).status).toBe(200)
    expect((await site.get('/slavery-today')).status).toBe(200)
  })

  it('creates nothing twice when seeded again', async () => {
    const before = await counts()
    expect(before.pages).toBeGreaterThan(1)
    expect(before.news).toBeGreaterThan(0)
    await seedDemoContent(t.payload)
    expect(await counts()).toEqual(before)
  })
})

describe('the demo site in every language (issue 3)', () => {
  const htmlTag = (html: string) => /<html[^>]*>/.exec(html)?.[0] ?? ''
  const prefixed = (code: string, path: string) => (code === 'en' ? path : path === '/' ? `/${code}` : `/${code}${path}`)

  it.each(locales.map((locale) => [locale.code, locale.dir] as const))(
    '%s: home, explainer, get-help and the sign-up form carry the right lang and dir',
    async (code, dir) => {
      for (const path of ['/', '/slavery-today/human-trafficking', '/get-help', '/updates']) {
        const response = await site.get(prefixed(code, path))
        expect(response.status, prefixed(code, path)).toBe(200)
        const tag = htmlTag(await response.text())
        expect(tag, prefixed(code, path)).toContain(`lang="${code}"`)
        expect(tag, prefixed(code, path)).toContain(`dir="${dir}"`)
      }
    },
  )

  it.each(['vi', 'lt'])('%s: the explainer and get-help are translated, with no fallback notice', async (code) => {
    for (const path of ['/slavery-today/human-trafficking', '/get-help']) {
      const html = await (await site.get(prefixed(code, path))).text()
      expect(html, path).not.toContain('ab-fallback-notice')
      expect(html, path).toContain(`hreflang="${code}"`)
    }
  })
})
