/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx'
import type { Payload } from 'payload'
import type { Env } from '../env'
import { globalTag, listTag } from './cache-tags'
import { findNewsBySlug, findPageByPath, listNews, siteSettings, type ReadMode } from './content'
import { documentTags } from './document-tags'
import type { Rendered } from './respond'
import { Layout } from './views/Layout'
import { ContentPage } from './views/ContentPage'
import { formatDate, NewsList } from './views/NewsList'
import { NotFound } from './views/NotFound'
import { localeDefinition } from './locales'

export type RenderContext = { payload: Payload; env: Env; mode: ReadMode; preview: boolean }

const html = (node: unknown): string => `<!doctype html>${String(node)}`

async function shell(ctx: RenderContext, path: string, title: string, description: string | null | undefined, body: Child) {
  const settings = await siteSettings(ctx.payload, ctx.mode.locale)
  const { dir } = localeDefinition(ctx.mode.locale)
  return html(
    <Layout
      title={title}
      description={description}
      settings={settings}
      locale={ctx.mode.locale}
      dir={dir}
      canonicalUrl={`${ctx.env.SITE_URL}${path}`}
      currentPath={path}
      preview={ctx.preview}
    >
      {body}
    </Layout>,
  )
}

export async function renderNotFound(ctx: RenderContext, path: string): Promise<Rendered> {
  return { status: 404, html: await shell(ctx, path, 'Page not found', null, <NotFound />), tags: [] }
}

/** A page from the Pages collection at its nested address; "/" is the home page. */
export async function renderPage(ctx: RenderContext, path: string): Promise<Rendered> {
  const page = await findPageByPath(ctx.payload, path, ctx.mode)
  if (!page) return renderNotFound(ctx, path)
  const isHome = path === '/'
  const latest = isHome ? await listNews(ctx.payload, ctx.mode.locale, 1, 3) : undefined
  const body = (
    <ContentPage title={page.title} intro={page.hero?.intro} image={page.hero?.image} layout={page.layout} locale={ctx.mode.locale}>
      {latest?.docs.length ? (
        <section class="ab-section" aria-labelledby="latest-news">
          <h2 id="latest-news">Latest news</h2>
          <NewsList items={latest.docs} locale={ctx.mode.locale} headingLevel={3} />
          <p>
            <a href="/news">All news</a>
          </p>
        </section>
      ) : null}
    </ContentPage>
  )
  const tags = [...documentTags('pages', page), globalTag('site-settings'), ...(isHome ? [listTag('news')] : [])]
  return { status: 200, html: await shell(ctx, path, page.seo?.title || page.title, page.seo?.description ?? page.hero?.intro, body), tags }
}

export async function renderNewsItem(ctx: RenderContext, slug: string): Promise<Rendered> {
  const path = `/news/${slug}`
  const item = await findNewsBySlug(ctx.payload, slug, ctx.mode)
  if (!item) return renderNotFound(ctx, path)
  const meta = (
    <p class="ab-hero__meta">
      <time datetime={item.publishedOn.slice(0, 10)}>{formatDate(item.publishedOn, ctx.mode.locale)}</time>
      {item.author ? <span> · {item.author}</span> : null}
    </p>
  )
  const body = (
    <ContentPage title={item.title} intro={item.hero?.intro} image={item.hero?.image} layout={item.layout} locale={ctx.mode.locale} meta={meta} />
  )
  const tags = [...documentTags('news', item), globalTag('site-settings')]
  return { status: 200, html: await shell(ctx, path, item.seo?.title || item.title, item.seo?.description ?? item.hero?.intro, body), tags }
}

export async function renderNewsIndex(ctx: RenderContext, pageNumber: number): Promise<Rendered> {
  const result = await listNews(ctx.payload, ctx.mode.locale, pageNumber, 20)
  if (pageNumber > 1 && !result.docs.length) return renderNotFound(ctx, '/news')
  const body = (
    <div class="ab-article">
      <h1 class="ab-hero__title">News</h1>
      <NewsList items={result.docs} locale={ctx.mode.locale} />
      {result.hasPrevPage || result.hasNextPage ? (
        <nav class="ab-pagination" aria-label="More news">
          {result.hasPrevPage ? (
            <a href={`/news?page=${result.prevPage}`} rel="prev">
              Newer news
            </a>
          ) : null}
          {result.hasNextPage ? (
            <a href={`/news?page=${result.nextPage}`} rel="next">
              Older news
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  )
  return { status: 200, html: await shell(ctx, '/news', 'News', null, body), tags: [listTag('news'), globalTag('site-settings')] }
}
