/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx'
import type { Payload } from 'payload'
import type { Env } from '../env'
import { nextAnniversary, OldNewsNotice } from '../features/news/OldNewsNotice'
import { signUpFormData } from '../features/updates/sign-up-form-data'
import { globalTag, listTag } from './cache-tags'
import { findNewsBySlug, findPageByPath, listNews, siteSettings, translatedLocales, type ReadMode } from './content'
import { documentTags } from './document-tags'
import { defaultLocale, localeDefinition, localizedPath, locales, type LocaleCode } from './locales'
import type { Rendered } from './respond'
import { ContentPage } from './views/ContentPage'
import type { Alternate } from './views/LanguageSwitcher'
import { Layout } from './views/Layout'
import { formatDate, NewsList } from './views/NewsList'
import { NotFound } from './views/NotFound'
import { siteContextFor, type SiteContextValue } from './views/site-context'

export type RenderContext = { payload: Payload; env: Env; mode: ReadMode; preview: boolean; site: SiteContextValue }

export const renderContext = (deps: { payload: Payload; env: Env }, locale: LocaleCode, preview: boolean): RenderContext => ({
  ...deps,
  mode: { locale, draft: preview },
  preview,
  site: siteContextFor(locale),
})

/** hono/jsx elements render to their HTML when turned into a string. */
const documentHtml = (node: unknown): string => `<!doctype html>${String(node)}`

export const allLocales: LocaleCode[] = locales.map((locale) => locale.code)

export type ShellOptions = {
  /** The address without a language prefix, e.g. /slavery-today. */
  path: string
  title: string
  description?: string | null
  body: Child
  /** The languages the content exists in. */
  languages: LocaleCode[]
  /** false on the sign-up pages themselves, which have the full form. */
  footerSignUp?: boolean
}

export async function shell(ctx: RenderContext, options: ShellOptions): Promise<string> {
  const { locale } = ctx.mode
  const settings = await siteSettings(ctx.payload, locale)
  const signUp = options.footerSignUp === false ? undefined : await signUpFormData(ctx, locale, settings, localizedPath(locale, options.path))
  const url = (code: LocaleCode) => `${ctx.env.SITE_URL}${localizedPath(code, options.path)}`
  const translated = options.languages.includes(locale)
  const alternates: Alternate[] = options.languages.map((code) => ({
    locale: code,
    label: localeDefinition(code).label,
    url: url(code),
    path: localizedPath(code, options.path),
  }))
  return documentHtml(
    <Layout
      title={options.title}
      description={options.description}
      settings={settings}
      site={ctx.site}
      dir={localeDefinition(locale).dir}
      // An untranslated page shown in English points search engines at the English original.
      canonicalUrl={url(translated ? locale : defaultLocale)}
      currentPath={localizedPath(locale, options.path)}
      alternates={alternates}
      untranslatedInto={translated ? undefined : localeDefinition(locale).label}
      preview={ctx.preview}
      signUp={signUp}
    >
      {options.body}
    </Layout>,
  )
}

export async function renderNotFound(ctx: RenderContext, path: string): Promise<Rendered> {
  const html = await shell(ctx, { path, title: ctx.site.t('notFound.title'), body: <NotFound />, languages: allLocales })
  return { status: 404, html, tags: [] }
}

/** A page from the Pages collection at its nested address; "/" is the home page. */
export async function renderPage(ctx: RenderContext, path: string): Promise<Rendered> {
  const page = await findPageByPath(ctx.payload, path, ctx.mode)
  if (!page) return renderNotFound(ctx, path)
  const { t } = ctx.site
  const isHome = path === '/'
  const [languages, latest] = await Promise.all([
    translatedLocales(ctx.payload, 'pages', page.id, ctx.mode.draft),
    isHome ? listNews(ctx.payload, ctx.mode.locale, 1, 3) : undefined,
  ])
  const body = (
    <ContentPage
      title={page.title}
      intro={page.hero?.intro}
      image={page.hero?.image}
      layout={page.layout}
      contentLocale={languages.includes(ctx.mode.locale) ? undefined : defaultLocale}
    >
      {latest?.docs.length ? (
        <section class="ab-section" aria-labelledby="latest-news">
          <h2 id="latest-news">{t('news.latest')}</h2>
          <NewsList items={latest.docs} headingLevel={3} />
          <p>
            <a href={ctx.site.href('/news')}>{t('news.all')}</a>
          </p>
        </section>
      ) : null}
    </ContentPage>
  )
  const tags = [...documentTags('pages', page), globalTag('site-settings'), ...(isHome ? [listTag('news')] : [])]
  const html = await shell(ctx, { path, title: page.seo?.title || page.title, description: page.seo?.description ?? page.hero?.intro, body, languages })
  return { status: 200, html, tags }
}

export async function renderNewsItem(ctx: RenderContext, slug: string): Promise<Rendered> {
  const path = `/news/${slug}`
  const item = await findNewsBySlug(ctx.payload, slug, ctx.mode)
  if (!item) return renderNotFound(ctx, path)
  const languages = await translatedLocales(ctx.payload, 'news', item.id, ctx.mode.draft)
  const meta = (
    <p class="ab-hero__meta">
      <time datetime={item.publishedOn.slice(0, 10)}>{formatDate(item.publishedOn, ctx.mode.locale)}</time>
      {item.author ? <span> · {item.author}</span> : null}
    </p>
  )
  const notice = <OldNewsNotice publishedOn={item.publishedOn} />
  const body = (
    <ContentPage
      title={item.title}
      intro={item.hero?.intro}
      image={item.hero?.image}
      layout={item.layout}
      contentLocale={languages.includes(ctx.mode.locale) ? undefined : defaultLocale}
      meta={[meta, notice]}
    />
  )
  const tags = [...documentTags('news', item), globalTag('site-settings')]
  const html = await shell(ctx, { path, title: item.seo?.title || item.title, description: item.seo?.description ?? item.hero?.intro, body, languages })
  // The age notice changes on each anniversary, with no edit to invalidate the cached copy.
  return { status: 200, html, tags, expiresAt: nextAnniversary(new Date(item.publishedOn)).getTime() }
}

export async function renderNewsIndex(ctx: RenderContext, pageNumber: number): Promise<Rendered> {
  const { t, href } = ctx.site
  const result = await listNews(ctx.payload, ctx.mode.locale, pageNumber, 20)
  if (pageNumber > 1 && !result.docs.length) return renderNotFound(ctx, '/news')
  const body = (
    <div class="ab-article">
      <h1 class="ab-hero__title">{t('news.title')}</h1>
      <NewsList items={result.docs} />
      {result.hasPrevPage || result.hasNextPage ? (
        <nav class="ab-pagination" aria-label={t('news.pagination')}>
          {result.hasPrevPage ? (
            <a href={href(`/news?page=${result.prevPage}`)} rel="prev">
              {t('news.newer')}
            </a>
          ) : null}
          {result.hasNextPage ? (
            <a href={href(`/news?page=${result.nextPage}`)} rel="next">
              {t('news.older')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  )
  const html = await shell(ctx, { path: '/news', title: t('news.title'), body, languages: allLocales })
  return { status: 200, html, tags: [listTag('news'), globalTag('site-settings')] }
}
