/** @jsxImportSource hono/jsx */
import type { FieldErrors, FormValues } from '../../../site/forms/parse'
import { textValue } from '../../../site/forms/parse'
import { AntiSpamFields } from '../../../site/forms/views/AntiSpamFields'
import { ErrorSummary } from '../../../site/forms/views/ErrorSummary'
import { TextInput } from '../../../site/forms/views/TextInput'
import { FieldMessages, fieldDescriptions } from '../../../site/forms/views/FieldMessages'
import { useSite } from '../../../site/views/site-context'
import type { Wording } from '../../updates/consent-wording'
import { countryOptions } from '../countries'

export type SignatureFormProps = {
  action: string
  petitionVersion: number
  renderStamp: string
  /** The updates consent wording shown beside the (unticked) updates box; recorded in the ledger. */
  wording: Wording
  values?: FormValues
  errors?: FieldErrors
}

const fieldOrder = ['firstName', 'lastName', 'email', 'country', 'postcode'] as const

/** The petition form: a plain POST that works without JavaScript. The updates box is never pre-ticked. */
export function SignatureForm({ action, petitionVersion, renderStamp, wording, values = {}, errors = {} }: SignatureFormProps) {
  const { t, locale } = useSite()
  const error = (name: string) => (errors[name] ? t(errors[name]) : undefined)
  const summary = [...fieldOrder, '_form'].flatMap((name) => {
    const key = errors[name]
    return key ? [{ fieldId: name === '_form' ? 'firstName' : name, text: t(key) }] : []
  })
  const country = textValue(values, 'country').toUpperCase()
  const countryError = error('country')
  return (
    <form class="ab-form ab-petition__form" method="post" action={action} novalidate>
      <ErrorSummary items={summary} />
      <TextInput id="firstName" name="firstName" label={t('campaigns.form.firstName')} value={textValue(values, 'firstName')} error={error('firstName')} autocomplete="given-name" maxLength={80} spellcheck={false} />
      <TextInput id="lastName" name="lastName" label={t('campaigns.form.lastName')} value={textValue(values, 'lastName')} error={error('lastName')} autocomplete="family-name" maxLength={80} spellcheck={false} />
      <TextInput id="email" name="email" type="email" label={t('campaigns.form.email')} hint={t('campaigns.form.emailHint')} value={textValue(values, 'email')} error={error('email')} autocomplete="email" spellcheck={false} />
      <div class={countryError ? 'ab-field ab-field--error' : 'ab-field'}>
        <label class="ab-label" for="country">
          {t('campaigns.form.country')}
        </label>
        <FieldMessages id="country" error={countryError} />
        <select class="ab-input" id="country" name="country" autocomplete="country" aria-describedby={fieldDescriptions('country', undefined, countryError).describedBy} aria-invalid={countryError ? 'true' : undefined}>
          <option value="">{t('campaigns.form.countryChoose')}</option>
          {countryOptions(locale).map((option) => (
            <option value={option.value} selected={option.value === country}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <TextInput id="postcode" name="postcode" label={t('campaigns.form.postcode')} hint={t('campaigns.form.postcodeHint')} value={textValue(values, 'postcode')} error={error('postcode')} autocomplete="postal-code" maxLength={10} spellcheck={false} />
      <div class="ab-field">
        <div class="ab-checkbox">
          <input class="ab-checkbox__input" type="checkbox" id="updates" name="updates" value="yes" checked={textValue(values, 'updates') === 'yes'} />
          <label class="ab-checkbox__label" for="updates">
            {t('campaigns.form.updates')}
          </label>
        </div>
        <p class="ab-hint ab-signup__wording">{wording.text}</p>
      </div>
      <p class="ab-signup__privacy">
        <a href={useSite().href('/privacy')}>{t('campaigns.form.privacy')}</a>
      </p>
      <input type="hidden" name="version" value={String(petitionVersion)} />
      <input type="hidden" name="wording" value={String(wording.version)} />
      <AntiSpamFields idPrefix="petition" renderStamp={renderStamp} />
      <button class="ab-button" type="submit">
        {t('campaigns.form.submit')}
      </button>
    </form>
  )
}
