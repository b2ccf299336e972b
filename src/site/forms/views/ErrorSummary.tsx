/** @jsxImportSource hono/jsx */
import { assetUrl } from '../../assets'
import { useSite } from '../../views/site-context'

export type SummaryItem = { fieldId: string; text: string }

/**
 * GOV.UK's error summary: at the top of the form, announced (role="alert") and, with JavaScript,
 * focused by error-summary.js so a screen reader starts there. Without JavaScript it is still the
 * first thing in the form and each message links to its field.
 */
export function ErrorSummary({ items }: { items: SummaryItem[] }) {
  const { t } = useSite()
  if (!items.length) return null
  return (
    <div class="ab-error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} data-ab-error-summary="">
      <h2 class="ab-error-summary__title" id="error-summary-title">
        {t('forms.errorSummaryTitle')}
      </h2>
      <ul class="ab-error-summary__list">
        {items.map((item) => (
          <li>
            <a href={`#${item.fieldId}`}>{item.text}</a>
          </li>
        ))}
      </ul>
      <script src={assetUrl('error-summary.js')} defer />
    </div>
  )
}
