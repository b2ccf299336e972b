/** @jsxImportSource hono/jsx */
import { FieldMessages, fieldDescriptions } from './FieldMessages'

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
  if (!props.options.length) return null
  const { describedBy } = fieldDescriptions(props.id, props.hint, props.error)
  const checked = new Set(props.checked ?? [])
  return (
    <div class={props.error ? 'ab-field ab-field--error' : 'ab-field'}>
      <fieldset class="ab-fieldset" aria-describedby={describedBy}>
        <legend class="ab-label">{props.legend}</legend>
        <FieldMessages id={props.id} hint={props.hint} error={props.error} />
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
