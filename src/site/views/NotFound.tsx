/** @jsxImportSource hono/jsx */
import { useSite } from './site-context'

export function NotFound() {
  const { t, href } = useSite()
  return (
    <div class="ab-article">
      <h1 class="ab-hero__title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a href={href('/')}>{t('notFound.home')}</a> {t('notFound.or')} <a href={href('/get-help')}>{t('notFound.help')}</a>.
      </p>
    </div>
  )
}
