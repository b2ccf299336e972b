/** @jsxImportSource hono/jsx */
import type { News } from '../../payload-types'
import { dateFormat } from '../intl'
import { useSite } from './site-context'

export const formatDate = (iso: string, locale: string): string =>
  dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso))

type NewsSummary = Pick<News, 'id' | 'title' | 'slug' | 'publishedOn' | 'hero'>

export const NewsList = ({ items, headingLevel = 2 }: { items: NewsSummary[]; headingLevel?: 2 | 3 }) => {
  const { locale, href } = useSite()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul class="ab-news-list">
      {items.map((item) => (
        <li class="ab-news-list__item">
          <Heading class="ab-news-list__title">
            <a href={href(`/news/${item.slug}`)}>{item.title}</a>
          </Heading>
          <p class="ab-news-list__date">
            <time datetime={item.publishedOn.slice(0, 10)}>{formatDate(item.publishedOn, locale)}</time>
          </p>
          {item.hero?.intro ? <p class="ab-news-list__intro">{item.hero.intro}</p> : null}
        </li>
      ))}
    </ul>
  )
}
