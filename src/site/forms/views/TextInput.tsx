/** @jsxImportSource hono/jsx */
import { useSite } from '../../views/site-context'

export type TextInputProps = {
  id: string
  name: string
  label: string
  hint?: string
  value?: string
  /** The message saying how to fix the value, already translated. */
  error?: string
  type?: 'text' | 'email'
  autocomplete?: string
  maxLength?: number
  spellcheck?: boolean
}

/** A labelled input whose hint and error are read out with it (aria-describedby). */
export function TextInput(props: TextInputProps) {
  const { t } = useSite()
  const hintId = props.hint ? `${props.id}-hint` : undefined
  const errorId = props.error ? `${props.id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div class={props.error ? 'ab-field ab-field--error' : 'ab-field'}>
      <label class="ab-label" for={props.id}>
        {props.label}
      </label>
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
      <input
        class="ab-input"
        id={props.id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        maxlength={props.maxLength}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  )
}
