import type { Hono } from 'hono'
import type { SiteDeps } from './app'
import { consentCoversWebWhere } from '../features/stories/consent'
import { storyFeedItems } from '../features/stories/feed-items'
import { updateFeedItems } from '../features/updates-sending/archive/feed'
import { escapeHtml } from './escape'
import { isLocaleCode, localizedPath, locales } from './locales'

/** robots.txt, sitemap.xml and the news feed: only public, published content. */
export function seoRoutes(app: Hono, { payload, env }: SiteDeps): void {
  app.get('/robots.txt', (c) =>
    c.text(`User-agent: *\nDisallow: /admin\nDisallow: /api\n\nSitemap: ${env.SITE_URL}/sitemap.xml\n`, 200, {
      'Cache-Control': 'public, max-age=3600',
    }),
  )
  const xml = (body: string) => ({
    body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`,
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  })

  /** An index of one sitemap per language, each listing the pages that exist in that language. */
  app.get('/sitemap.xml', (c) => {
    const entries = locales.map((locale) => `  <sitemap><loc>${escapeHtml(`${env.SITE_URL}/sitemaps/${locale.code}.xml`)}</loc></sitemap>`)
    const { body, headers } = xml(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`)
    return c.body(body, 200, headers)
  })

  app.get('/sitemaps/:file{[a-z]{2}\\.xml}', async (c) => {
    const code = c.req.param('file').slice(0, 2)
    if (!isLocaleCode(code)) return c.notFound()
    // No fallback: a page belongs in a language's sitemap only if it has been translated.
    const read = { locale: code, fallbackLocale: false, depth: 0, limit: 5000, pagination: false } as const
    const [pages, news, stories] = await Promise.all([
      payload.find({ collection: 'pages', ...read, select: { title: true, path: true, updatedAt: true } }),
      payload.find({ collection: 'news', ...read, select: { title: true, slug: true, updatedAt: true } }),
      // Only stories whose consent covers the web today; stories have no per-language title.
      payload.find({ collection: 'stories', ...read, where: { and: [{ _status: { equals: 'published' } }, consentCoversWebWhere()] }, select: { slug: true, updatedAt: true } }),
    ])
    const url = (path: string) => `${env.SITE_URL}${localizedPath(code, path)}`
    const entries = [
      ...pages.docs.filter((doc) => doc.title && doc.path).map((doc) => ({ loc: url(doc.path ?? '/'), lastmod: doc.updatedAt })),
      { loc: url('/news'), lastmod: undefined },
      ...news.docs.filter((doc) => doc.title).map((doc) => ({ loc: url(`/news/${doc.slug}`), lastmod: doc.updatedAt })),
      { loc: url('/stories'), lastmod: undefined },
      ...stories.docs.map((doc) => ({ loc: url(`/stories/${doc.slug}`), lastmod: doc.updatedAt })),
    ]
    const { body, headers } = xml(
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries
        .map((e) => `  <url><loc>${escapeHtml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`)
        .join('\n')}\n</urlset>\n`,
    )
    return c.body(body, 200, headers)
  })
  app.get('/feed.xml', async (c) => {
    const [settings, news, stories, updates] = await Promise.all([
      payload.findGlobal({ slug: 'site-settings', depth: 0 }),
      payload.find({ collection: 'news', limit: 20, depth: 0, sort: '-publishedOn', select: { title: true, slug: true, publishedOn: true, hero: true } }),
      storyFeedItems(payload, env.SITE_URL),
      updateFeedItems(payload, env.SITE_URL),
    ])
    const items = news.docs
      .map((item) => {
        const link = `${env.SITE_URL}/news/${item.slug}`
        return `  <item><title>${escapeHtml(item.title)}</title><link>${escapeHtml(link)}</link><guid>${escapeHtml(link)}</guid><pubDate>${new Date(item.publishedOn).toUTCString()}</pubDate>${item.hero?.intro ? `<description>${escapeHtml(item.hero.intro)}</description>` : ''}</item>`
      })
      .concat(stories, updates)
      .join('\n')
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n  <title>${escapeHtml(settings.charityName)} news</title>\n  <link>${escapeHtml(env.SITE_URL)}/news</link>\n  <description>${escapeHtml(settings.tagline ?? `News from ${settings.charityName}`)}</description>\n${items}\n</channel></rss>\n`
    return c.body(body, 200, { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' })
  })
}
