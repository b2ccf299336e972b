/** @jsxImportSource hono/jsx */
import { useSite } from '../../views/site-context'

export type CheckboxOption = { value: string; label: string }

export type CheckboxesProps = {
  /** The first box's id; the error summary links here. */
  id: string
  name: string
  legend: string
  hint?: string
  options: CheckboxOption[]
  /** What the person ticked; nothing is ticked for them. */
  checked?: string[]
  error?: string
}

/** A group of boxes in a fieldset, none ticked unless the person ticked it. */
export function Checkboxes(props: CheckboxesProps) {
  const { t } = useSite()
  if (!props.options.length) return null
  const hintId = props.hint ? `${props.id}-hint` : undefined
  const errorId = props.error ? `${props.id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  const checked = new Set(props.checked ?? [])
  return (
    <div class={props.error ? 'ab-field ab-field--error' : 'ab-field'}>
      <fieldset class="ab-fieldset" aria-describedby={describedBy}>
        <legend class="ab-label">{props.legend}</legend>
        {props.hint ? (
          <p class="ab-hint" id={hintId}>
            {props.hint}
          </p>
        ) : null}
        {props.error ? (
          <p class="ab-error-message" id={errorId}>
            <span class="ab-visually-hidden">{t('forms.errorPrefix')}</span> {props.error}
          </p>
        ) : null}
        <div class="ab-checkboxes">
          {props.options.map((option, index) => {
            const id = index === 0 ? props.id : `${props.id}-${index + 1}`
            return (
              <div class="ab-checkbox">
                <input
                  class="ab-checkbox__input"
                  id={id}
                  name={props.name}
                  type="checkbox"
                  value={option.value}
                  checked={checked.has(option.value)}
                  aria-invalid={props.error ? 'true' : undefined}
                />
                <label class="ab-checkbox__label" for={id}>
                  {option.label}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}
