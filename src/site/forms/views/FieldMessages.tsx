/** @jsxImportSource hono/jsx */
import { useSite } from '../../views/site-context'

/** The ids of a field's hint and error, and the aria-describedby that reads both with the field. */
export function fieldDescriptions(id: string, hint?: string, error?: string) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined }
}

/** A field's hint, then its error (prefixed "Error:" for screen readers), GOV.UK style. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const { t } = useSite()
  const { hintId, errorId } = fieldDescriptions(id, hint, error)
  return (
    <>
      {hint ? (
        <p class="ab-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="ab-error-message" id={errorId}>
          <span class="ab-visually-hidden">{t('forms.errorPrefix')}</span> {error}
        </p>
      ) : null}
    </>
  )
}
