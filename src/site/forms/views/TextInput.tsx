/** @jsxImportSource hono/jsx */
import { FieldMessages, fieldDescriptions } from './FieldMessages'

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
  /** The keyboard a phone shows, e.g. "decimal" for amounts. */
  inputmode?: 'decimal' | 'numeric'
}

/** A labelled input whose hint and error are read out with it (aria-describedby). */
export function TextInput(props: TextInputProps) {
  const { describedBy } = fieldDescriptions(props.id, props.hint, props.error)
  return (
    <div class={props.error ? 'ab-field ab-field--error' : 'ab-field'}>
      <label class="ab-label" for={props.id}>
        {props.label}
      </label>
      <FieldMessages id={props.id} hint={props.hint} error={props.error} />
      <input
        class="ab-input"
        id={props.id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        maxlength={props.maxLength}
        spellcheck={props.spellcheck}
        inputmode={props.inputmode}
        aria-describedby={describedBy}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  )
}
