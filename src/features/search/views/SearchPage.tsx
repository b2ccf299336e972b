/** @jsxImportSource hono/jsx */
import { ErrorSummary } from '../../../site/forms/views/ErrorSummary'
import { FieldMessages, fieldDescriptions } from '../../../site/forms/views/FieldMessages'
import { useSite } from '../../../site/views/site-context'
import { NameChangedNote, StoryName } from '../../stories/StoryName'
import { maxQueryLength } from '../form-schema'
import type { SearchResult } from '../search'

export type SearchPageProps = {
  /** What the reader typed, kept in the box. */
  query: string
  /** Undefined when nothing was searched for (or the query was refused). */
  results?: SearchResult[]
  /** The message saying how to fix the query, already translated. */
  error?: string
}

/** A plain GET form (works without JavaScript, and a results page can be bookmarked) and what it found. */
export function SearchPage({ query, results, error }: SearchPageProps) {
  const { t, href } = useSite()
  const { describedBy } = fieldDescriptions('q', undefined, error)
  return (
    <div class="ab-article">
      <h1 class="ab-hero__title">{t('search.title')}</h1>
      <form class="ab-form" role="search" method="get" action={href('/search')} novalidate>
        <ErrorSummary items={error ? [{ fieldId: 'q', text: error }] : []} />
        <div class={error ? 'ab-field ab-field--error' : 'ab-field'}>
          <label class="ab-label" for="q">
            {t('search.label')}
          </label>
          <FieldMessages id="q" error={error} />
          <input
            class="ab-input"
            id="q"
            name="q"
            type="search"
            value={query}
            maxlength={maxQueryLength}
            spellcheck={false}
            aria-describedby={describedBy}
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <button class="ab-button" type="submit">
          {t('search.submit')}
        </button>
      </form>
      {results ? <Results query={query} results={results} /> : null}
    </div>
  )
}

function Results({ query, results }: { query: string; results: SearchResult[] }) {
  const { t, href } = useSite()
  return (
    <section class="ab-section" aria-labelledby="search-results">
      <h2 id="search-results">{t('search.resultsFor', { query: query.trim() })}</h2>
      <p>{t('search.count', { count: results.length })}</p>
      {results.length ? (
        <ol class="ab-news-list">
          {results.map((result) => (
            <li class="ab-news-list__item">
              <p class="ab-news-list__date">{t(`search.kinds.${result.kind}`)}</p>
              <h3 class="ab-news-list__title">
                <a href={href(result.path)}>
                  {result.kind === 'story' ? <StoryName story={{ displayName: result.title, nameChanged: result.nameChanged }} /> : result.title}
                </a>
              </h3>
              {result.summary ? <p class="ab-news-list__intro">{result.summary}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('search.none')}</p>
      )}
      {results.some((result) => result.kind === 'story' && result.nameChanged) ? <NameChangedNote /> : null}
    </section>
  )
}
