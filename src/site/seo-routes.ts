import type { Hono } from 'hono'
import type { SiteDeps } from './app'
import { escapeHtml } from './escape'

/** robots.txt, sitemap.xml and the news feed: only public, published content. */
export function seoRoutes(app: Hono, { payload, env }: SiteDeps): void {
  app.get('/robots.txt', (c) =>
    c.text(`User-agent: *\nDisallow: /admin\nDisallow: /api\n\nSitemap: ${env.SITE_URL}/sitemap.xml\n`, 200, {
      'Cache-Control': 'public, max-age=3600',
    }),
  )
  app.get('/sitemap.xml', async (c) => {
    const [pages, news] = await Promise.all([
      payload.find({ collection: 'pages', limit: 5000, depth: 0, pagination: false, select: { path: true, updatedAt: true } }),
      payload.find({ collection: 'news', limit: 5000, depth: 0, pagination: false, select: { slug: true, updatedAt: true } }),
    ])
    const entries = [
      ...pages.docs.map((doc) => ({ loc: `${env.SITE_URL}${doc.path === '/' ? '/' : doc.path}`, lastmod: doc.updatedAt })),
      { loc: `${env.SITE_URL}/news`, lastmod: undefined },
      ...news.docs.map((doc) => ({ loc: `${env.SITE_URL}/news/${doc.slug}`, lastmod: doc.updatedAt })),
    ]
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries
      .map((e) => `  <url><loc>${escapeHtml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`)
      .join('\n')}\n</urlset>\n`
    return c.body(body, 200, { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' })
  })
  app.get('/feed.xml', async (c) => {
    const [settings, news] = await Promise.all([
      payload.findGlobal({ slug: 'site-settings', depth: 0 }),
      payload.find({ collection: 'news', limit: 20, depth: 0, sort: '-publishedOn', select: { title: true, slug: true, publishedOn: true, hero: true } }),
    ])
    const items = news.docs
      .map((item) => {
        const link = `${env.SITE_URL}/news/${item.slug}`
        return `  <item><title>${escapeHtml(item.title)}</title><link>${escapeHtml(link)}</link><guid>${escapeHtml(link)}</guid><pubDate>${new Date(item.publishedOn).toUTCString()}</pubDate>${item.hero?.intro ? `<description>${escapeHtml(item.hero.intro)}</description>` : ''}</item>`
      })
      .join('\n')
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n  <title>${escapeHtml(settings.charityName)} news</title>\n  <link>${escapeHtml(env.SITE_URL)}/news</link>\n  <description>${escapeHtml(settings.tagline ?? `News from ${settings.charityName}`)}</description>\n${items}\n</channel></rss>\n`
    return c.body(body, 200, { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' })
  })
}
