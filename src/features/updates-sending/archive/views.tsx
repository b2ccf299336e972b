/** @jsxImportSource hono/jsx */
import type { Update } from '../../../payload-types'
import { allLocales, shell, type RenderContext } from '../../../site/render-page'
import { formatDate } from '../../../site/views/NewsList'
import type { BodyContext } from '../body/context'
import { UpdateBody } from './SiteBody'

export type ArchiveEntry = Pick<Update, 'id' | 'subject' | 'slug' | 'sentAt' | 'preheader'>
export type ArchivePage = { docs: ArchiveEntry[]; page: number; prevPage?: number | null; nextPage?: number | null }

const SentOn = ({ sentAt, locale, label }: { sentAt: string; locale: string; label: (date: string) => string }) => (
  <time datetime={sentAt.slice(0, 10)}>{label(formatDate(sentAt, locale))}</time>
)

/** /updates/archive: the updates sent in the reader's language, newest first. */
export async function renderArchiveList(ctx: RenderContext, result: ArchivePage): Promise<string> {
  const { t, href, locale } = ctx.site
  const body = (
    <div class="ab-article">
      <h1 class="ab-hero__title">{t('updatesArchive.title')}</h1>
      <p class="ab-hero__intro">{t('updatesArchive.intro')}</p>
      <p>
        <a href={href('/updates')}>{t('updatesArchive.signUp')}</a>
      </p>
      {result.docs.length ? (
        <ul class="ab-news-list">
          {result.docs.map((update) => (
            <li class="ab-news-list__item">
              <h2 class="ab-news-list__title">
                <a href={href(`/updates/archive/${update.slug}`)}>{update.subject}</a>
              </h2>
              {update.sentAt ? (
                <p class="ab-news-list__date">
                  <SentOn sentAt={update.sentAt} locale={locale} label={(date) => t('updatesArchive.sentOn', { date })} />
                </p>
              ) : null}
              {update.preheader ? <p class="ab-news-list__intro">{update.preheader}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('updatesArchive.none')}</p>
      )}
      {result.prevPage || result.nextPage ? (
        <nav class="ab-pagination" aria-label={t('updatesArchive.pagination')}>
          {result.prevPage ? (
            <a href={href(`/updates/archive?page=${result.prevPage}`)} rel="prev">
              {t('updatesArchive.newer')}
            </a>
          ) : null}
          {result.nextPage ? (
            <a href={href(`/updates/archive?page=${result.nextPage}`)} rel="next">
              {t('updatesArchive.older')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  )
  return shell(ctx, { path: '/updates/archive', title: t('updatesArchive.title'), body, languages: allLocales })
}

/** One sent update as its recipients read it, without their personal links. */
export async function renderArchiveItem(ctx: RenderContext, update: Update, cards: Pick<BodyContext, 'stories' | 'campaigns'>): Promise<string> {
  const { t, href, locale } = ctx.site
  const path = `/updates/archive/${update.slug}`
  const body = (
    <article class="ab-article">
      <header class="ab-hero">
        <h1 class="ab-hero__title">{update.subject}</h1>
        {update.sentAt ? (
          <p class="ab-hero__meta">
            <SentOn sentAt={update.sentAt} locale={locale} label={(date) => t('updatesArchive.sentOn', { date })} />
          </p>
        ) : null}
      </header>
      <div class="ab-article__body">
        <UpdateBody body={update.body} cards={cards} />
      </div>
      <p>
        <a href={href('/updates')}>{t('updatesArchive.signUp')}</a>
      </p>
      <p>
        <a href={href('/updates/archive')}>{t('updatesArchive.all')}</a>
      </p>
    </article>
  )
  return shell(ctx, { path, title: update.subject ?? '', description: update.preheader, body, languages: [update.language] })
}
