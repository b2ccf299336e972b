/** @jsxImportSource hono/jsx */
import { useSite } from './site-context'

/** `url` is absolute, for hreflang; `path` is what the switcher links to. */
export type Alternate = { locale: string; label: string; url: string; path: string }

/** The languages this page exists in, each named in its own language and marked with it. */
export function LanguageSwitcher({ alternates }: { alternates: Alternate[] }) {
  const { locale, t } = useSite()
  if (alternates.length < 2) return null
  return (
    <nav class="ab-languages" aria-label={t('layout.languages')}>
      <p class="ab-languages__heading">{t('layout.languagesHeading')}</p>
      <ul class="ab-languages__list">
        {alternates.map((alternate) => (
          <li>
            <a
              class="ab-languages__link"
              href={alternate.path}
              lang={alternate.locale}
              hreflang={alternate.locale}
              aria-current={alternate.locale === locale ? 'true' : undefined}
            >
              {alternate.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
