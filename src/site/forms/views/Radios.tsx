/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx'
import { FieldMessages, fieldDescriptions } from './FieldMessages'

export type RadioOption = { value: string; label: string; hint?: string; extra?: Child }

export type RadiosProps = {
  /** The first option's id; the error summary links here. */
  id: string
  name: string
  legend: string
  hint?: string
  options: RadioOption[]
  checked?: string
  error?: string
  /** Large radios side by side (amounts, frequency) instead of a list. */
  inline?: boolean
}

/** One choice from a few, in a fieldset; each option's hint is read out with it. */
export function Radios(props: RadiosProps) {
  const { describedBy } = fieldDescriptions(props.id, props.hint, props.error)
  return (
    <div class={props.error ? 'ab-field ab-field--error' : 'ab-field'}>
      <fieldset class="ab-fieldset" aria-describedby={describedBy}>
        <legend class="ab-label">{props.legend}</legend>
        <FieldMessages id={props.id} hint={props.hint} error={props.error} />
        <div class={props.inline ? 'ab-radios ab-radios--inline' : 'ab-radios'}>
          {props.options.map((option, index) => {
            const id = index === 0 ? props.id : `${props.id}-${index + 1}`
            const hintId = option.hint ? `${id}-hint` : undefined
            return (
              <div class="ab-radio">
                <input
                  class="ab-radio__input"
                  id={id}
                  name={props.name}
                  type="radio"
                  value={option.value}
                  checked={props.checked === option.value}
                  aria-describedby={hintId}
                  aria-invalid={props.error ? 'true' : undefined}
                />
                <label class="ab-radio__label" for={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <p class="ab-hint ab-radio__hint" id={hintId}>
                    {option.hint}
                  </p>
                ) : null}
                {option.extra}
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}
