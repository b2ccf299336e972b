import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchRoutes } from '../../src/features/search/routes'
import { takeDownLapsedStories } from '../../src/features/stories/review-job'
import type { Story } from '../../src/payload-types'
import { createCampaign } from '../helpers/campaigns'
import { setUpCharity } from '../helpers/sign-up'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite, type TestSite } from '../helpers/test-site'

let t: TestPayload
let site: TestSite
beforeAll(async () => {
  t = await startTestPayload()
  site = createTestSite(t)
  await setUpCharity(t.payload)
  await t.payload.create({ collection: 'pages', data: { title: 'Forced labour in farming', slug: 'farming', hero: { intro: 'Who picks the harvest.' }, _status: 'published' } })
  await t.payload.create({ collection: 'pages', draft: true, data: { title: 'Forced labour draft plans', slug: 'draft-plans', _status: 'draft' } })
  await t.payload.create({ collection: 'news', data: { title: 'New report on forced labour', slug: 'report', publishedOn: new Date().toISOString(), _status: 'published' } })
  await createCampaign(t.payload, 'open-labour')
  await createCampaign(t.payload, 'closed-labour', { status: 'closed' })
})
afterAll(() => t?.close())

const day = 24 * 60 * 60 * 1000
const daysFromNow = (days: number) => new Date(Date.now() + days * day).toISOString()
const consent = { givenOn: daysFromNow(-30), scope: ['web' as const], reviewBy: daysFromNow(300) }

const publishStory = (slug: string, displayName: string, reviewBy = consent.reviewBy): Promise<Story> =>
  t.payload.create({
    collection: 'stories',
    data: { displayName, slug, nameChanged: true, pullQuote: `They took my passport on the farm (${slug}).`, formOfExploitation: 'forced-labour', consent: { ...consent, reviewBy }, _status: 'published' },
  })

const search = async (query: string, prefix = '') => {
  const response = await site.get(`${prefix}/search?q=${encodeURIComponent(query)}`)
  return { status: response.status, headers: response.headers, html: await response.text() }
}
const feed = async () => (await site.get('/feed.xml')).text()

describe('/search', () => {
  it('finds published pages, news, open campaigns and public stories, and nothing unpublished or closed', async () => {
    await publishStory('search-hai', 'Hai')
    const { status, headers, html } = await search('farm')
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('private, no-store')
    expect(html).toContain('href="/farming"')
    expect(html).toContain('href="/stories/search-hai"')
    expect(html).toContain('Hai<span class="ab-name-changed" aria-hidden="true">*</span>')
    expect(html).toContain('*Name changed to protect identity')
    const labour = (await search('Forced   LABOUR')).html
    for (const path of ['/farming', '/news/report', '/campaigns/open-labour']) expect(labour).toContain(`href="${path}"`)
    expect(labour).not.toContain('/draft-plans')
    expect(labour).not.toContain('/campaigns/closed-labour')
    expect(labour).toContain('Number of results: 3')
  })

  it('shows the empty form as an ordinary cached page, and says when nothing matched', async () => {
    const empty = await site.get('/search')
    expect(empty.status).toBe(200)
    expect(empty.headers.get('cache-control')).toBe('public, no-cache')
    expect(await empty.text()).toContain('<form class="ab-form" role="search" method="get" action="/search"')
    expect((await search('zebra crossing')).html).toContain('Nothing found. Check the spelling')
  })

  it('answers in the reader’s language, with their address for each result', async () => {
    const page = await t.payload.find({ collection: 'pages', where: { slug: { equals: 'farming' } } })
    await t.payload.update({ collection: 'pages', id: page.docs[0]?.id ?? 0, locale: 'vi', data: { title: 'Lao động cưỡng bức trong nông nghiệp' } })
    const { html } = await search('nông nghiệp', '/vi')
    expect(html).toContain('lang="vi"')
    expect(html).toContain('Kết quả cho “nông nghiệp”')
    expect(html).toContain('href="/vi/farming"')
  })

  it('escapes what was typed, keeps it in the box, and refuses an over-long query beside the field', async () => {
    const script = await search('<script>alert(1)</script>')
    expect(script.status).toBe(200)
    expect(script.html).not.toContain('<script>alert(1)')
    expect(script.html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"')
    const long = await search('x'.repeat(101))
    expect(long.status).toBe(400)
    expect(long.html).toContain('href="#q"')
    expect(long.html).toContain('id="q-error"')
    expect(long.html).toContain('Search term must be 100 characters or fewer')
    expect(long.html).toContain(`value="${'x'.repeat(101)}"`)
  })

  it('treats LIKE wildcards as ordinary spaces rather than matching everything', async () => {
    expect((await search('%')).html).toContain('Nothing found')
    expect((await search('_')).html).toContain('Nothing found')
  })

  it('limits how often one client can search', async () => {
    const routes = searchRoutes({ payload: t.payload, env: t.env, limit: { points: 2, durationSeconds: 60 } })
    const app = new Hono().get('/search', (c) => routes.get(c, 'en'))
    for (let i = 0; i < 2; i++) expect((await app.request('/search?q=farm')).status).toBe(200)
    const refused = await app.request('/search?q=farm')
    expect(refused.status).toBe(429)
    expect(await refused.text()).toContain('Too many')
  })
})

describe('a story whose consent lapses', () => {
  it('leaves search and the feed on the next request when consent is withdrawn', async () => {
    const story = await publishStory('withdrawn-minh', 'Minh')
    expect((await search('Minh')).html).toContain('/stories/withdrawn-minh')
    expect(await feed()).toContain('/stories/withdrawn-minh')
    await t.payload.update({ collection: 'stories', id: story.id, data: { consent: { ...consent, withdrawnOn: new Date().toISOString() } }, draft: true })
    expect((await search('Minh')).html).not.toContain('/stories/withdrawn-minh')
    expect(await feed()).not.toContain('/stories/withdrawn-minh')
  })

  it('leaves them when its review date passes with nobody touching it', async () => {
    await publishStory('lapsing-lan', 'Lan', daysFromNow(2))
    expect(await feed()).toContain('<title>Read Lan&#39;s* story</title>')
    await takeDownLapsedStories(t.payload, new Date(Date.now() + 3 * day))
    expect((await search('Lan')).html).not.toContain('/stories/lapsing-lan')
    expect(await feed()).not.toContain('/stories/lapsing-lan')
  })
})
