/** @jsxImportSource hono/jsx */
import type { FieldErrors, FormValues } from '../../../site/forms/parse'
import { listValue, textValue } from '../../../site/forms/parse'
import { AntiSpamFields } from '../../../site/forms/views/AntiSpamFields'
import { Checkboxes } from '../../../site/forms/views/Checkboxes'
import { ErrorSummary } from '../../../site/forms/views/ErrorSummary'
import { TextInput } from '../../../site/forms/views/TextInput'
import { useSite } from '../../../site/views/site-context'
import type { signUpForms } from '../form-schema'
import type { SignUpFormData } from './sign-up-context'

export type SignUpVariant = (typeof signUpForms)[number]

export type SignUpFormProps = {
  data: SignUpFormData
  variant: SignUpVariant
  /** The page the form is on (recorded in the consent ledger). */
  pagePath: string
  values?: FormValues
  errors?: FieldErrors
}

/**
 * The sign-up form: e-mail, optional first name, topics (none ticked), the current consent
 * wording and the privacy notice. A plain POST to /updates; the footer and "new link" variants ask
 * only for the address.
 */
export function SignUpForm({ data, variant, pagePath, values = {}, errors = {} }: SignUpFormProps) {
  const { t, href } = useSite()
  const full = variant === 'updates-page' || variant === 'block'
  const id = (name: string) => (variant === 'updates-page' ? name : `${variant}-${name}`)
  const error = (name: string) => (errors[name] ? t(errors[name]) : undefined)
  const fieldOrder = full ? ['firstName', 'email', 'interests'] : ['email']
  const summary = [...fieldOrder, '_form'].flatMap((name) => {
    const key = errors[name]
    // A problem with the form as a whole (the wording changed) links to its first field.
    return key ? [{ fieldId: id(name === '_form' ? fieldOrder[0] ?? 'email' : name), text: t(key) }] : []
  })
  return (
    <form class={`ab-form ab-signup ab-signup--${variant}`} method="post" action={href('/updates')} novalidate>
      <ErrorSummary items={summary} />
      {full ? (
        <TextInput
          id={id('firstName')}
          name="firstName"
          label={t('updates.form.firstName')}
          value={textValue(values, 'firstName')}
          error={error('firstName')}
          autocomplete="given-name"
          maxLength={80}
          spellcheck={false}
        />
      ) : null}
      <TextInput
        id={id('email')}
        name="email"
        type="email"
        label={t('updates.form.email')}
        hint={full ? t('updates.form.emailHint') : undefined}
        value={textValue(values, 'email')}
        error={error('email')}
        autocomplete="email"
        spellcheck={false}
      />
      {full ? (
        <Checkboxes
          id={id('interests')}
          name="interests"
          legend={t('updates.form.interests')}
          hint={t('updates.form.interestsHint')}
          options={data.interests.map((interest) => ({ value: interest.id, label: interest.label }))}
          checked={listValue(values, 'interests')}
          error={error('interests')}
        />
      ) : null}
      <p class="ab-signup__wording">{data.wording.text}</p>
      <p class="ab-signup__privacy">
        <a href={href('/privacy')}>{t('updates.form.privacy')}</a>
      </p>
      <input type="hidden" name="wording" value={String(data.wording.version)} />
      <input type="hidden" name="form" value={variant} />
      <input type="hidden" name="page" value={pagePath} />
      <AntiSpamFields idPrefix={id('signup')} renderStamp={data.renderStamp} />
      <button class="ab-button" type="submit">
        {t('updates.form.submit')}
      </button>
    </form>
  )
}
