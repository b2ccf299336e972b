/** @jsxImportSource hono/jsx */
import type { FieldErrors, FormValues } from '../../../site/forms/parse'
import { textValue } from '../../../site/forms/parse'
import { AntiSpamFields } from '../../../site/forms/views/AntiSpamFields'
import { ErrorSummary } from '../../../site/forms/views/ErrorSummary'
import { Radios } from '../../../site/forms/views/Radios'
import { FieldMessages, fieldDescriptions } from '../../../site/forms/views/FieldMessages'
import { TextInput } from '../../../site/forms/views/TextInput'
import { useSite } from '../../../site/views/site-context'
import type { Wording } from '../../updates/consent-wording'
import { formatMoney, type DonationOptions } from '../amounts'
import type { Declaration } from '../declaration'
import type { Frequency } from '../model'

export type DonateFormProps = {
  options: DonationOptions
  frequency: Frequency
  declarations: Record<'single' | 'enduring', Declaration>
  renderStamp: string
  /** The updates consent wording beside the (unticked) updates box. */
  wording: Wording
  values?: FormValues
  errors?: FieldErrors
}

const fieldOrder = ['frequency', 'amount', 'otherAmount', 'firstName', 'lastName', 'email', 'title', 'house', 'postcode', 'scope'] as const

/**
 * Once or monthly, as two links that reload the form with that frequency's amounts: without
 * JavaScript a radio button could not change the amounts (and what they pay for) beside it.
 * The appeal and campaign the person came from are kept.
 */
function FrequencyChoice({ chosen, values, error }: { chosen: Frequency; values: FormValues; error?: string }) {
  const { t, href } = useSite()
  const link = (frequency: Frequency) => {
    const query = new URLSearchParams()
    if (frequency === 'monthly') query.set('frequency', 'monthly')
    for (const name of ['appeal', 'campaign']) if (textValue(values, name)) query.set(name, textValue(values, name))
    const search = query.toString()
    return `${href('/donate')}${search ? `?${search}` : ''}`
  }
  const { describedBy } = fieldDescriptions('frequency', undefined, error)
  return (
    <div class={error ? 'ab-field ab-field--error' : 'ab-field'}>
      <h2 class="ab-label ab-donate__frequency-title" id="frequency" tabindex={-1}>
        {t('donate.form.frequencyLegend')}
      </h2>
      <FieldMessages id="frequency" error={error} />
      <ul class="ab-frequency" aria-labelledby="frequency" aria-describedby={describedBy}>
        {(['one-off', 'monthly'] as const).map((frequency) => (
          <li>
            <a class="ab-frequency__link" href={link(frequency)} aria-current={frequency === chosen ? 'true' : undefined}>
              {t(frequency === 'monthly' ? 'donate.form.monthly' : 'donate.form.oneOff')}
            </a>
          </li>
        ))}
      </ul>
      <input type="hidden" name="frequency" value={chosen} />
    </div>
  )
}

/**
 * The donate form (issue 7): a plain POST that works without JavaScript, then Stripe Checkout.
 * Nothing is chosen for the person except how often (once, the common case); Gift Aid and updates
 * are unticked boxes, and giving never depends on agreeing to updates.
 */
export function DonateForm({ options, frequency, declarations, renderStamp, wording, values = {}, errors = {} }: DonateFormProps) {
  const { t, href, locale } = useSite()
  const money = (pence: number) => formatMoney(pence, locale)
  const limits = { minimum: money(options.minimumPence), maximum: money(options.maximumPence) }
  const error = (name: string) => (errors[name] ? t(errors[name], limits) : undefined)
  // Fields in page order, then anything else (a field sent twice, a forged one) as a general problem.
  const others = Object.keys(errors).filter((name) => !(fieldOrder as readonly string[]).includes(name))
  const summary = [...fieldOrder, ...others].flatMap((name) => {
    const key = errors[name]
    return key ? [{ fieldId: (fieldOrder as readonly string[]).includes(name) ? name : 'frequency', text: t(key, limits) }] : []
  })
  const chosenFrequency = textValue(values, 'frequency') || frequency
  const presets = options.presets[chosenFrequency === 'monthly' ? 'monthly' : 'one-off']
  const perMonth = chosenFrequency === 'monthly'
  const otherAmount = textValue(values, 'otherAmount')
  const chosenAmount = textValue(values, 'amount') || (otherAmount ? 'other' : '')
  const giftAid = textValue(values, 'giftAid') === 'yes'
  return (
    <form class="ab-form ab-donate" method="post" action={href('/donate')} novalidate>
      <ErrorSummary items={summary} />
      <FrequencyChoice chosen={chosenFrequency === 'monthly' ? 'monthly' : 'one-off'} values={values} error={error('frequency')} />
      <Radios
        id="amount"
        name="amount"
        legend={t('donate.form.amountLegend')}
        checked={chosenAmount}
        error={error('amount')}
        options={[
          ...presets.map((preset) => ({
            value: String(preset.pence),
            label: perMonth ? t('donate.form.amountPerMonth', { amount: money(preset.pence) }) : money(preset.pence),
            hint: preset.impact || undefined,
          })),
          {
            value: 'other',
            label: t('donate.form.other'),
            extra: (
              <TextInput
                id="otherAmount"
                name="otherAmount"
                label={t('donate.form.otherLabel')}
                hint={t('donate.form.otherHint', limits)}
                value={otherAmount}
                error={error('otherAmount')}
                maxLength={14}
                spellcheck={false}
                inputmode="decimal"
              />
            ),
          },
        ]}
      />
      <fieldset class="ab-fieldset ab-donate__section">
        <legend class="ab-donate__heading">{t('donate.form.aboutYou')}</legend>
        <TextInput id="firstName" name="firstName" label={t('donate.form.firstName')} value={textValue(values, 'firstName')} error={error('firstName')} autocomplete="given-name" maxLength={80} spellcheck={false} />
        <TextInput id="lastName" name="lastName" label={t('donate.form.lastName')} value={textValue(values, 'lastName')} error={error('lastName')} autocomplete="family-name" maxLength={80} spellcheck={false} />
        <TextInput id="email" name="email" type="email" label={t('donate.form.email')} hint={t('donate.form.emailHint')} value={textValue(values, 'email')} error={error('email')} autocomplete="email" spellcheck={false} />
      </fieldset>
      <fieldset class="ab-fieldset ab-donate__section ab-donate__gift-aid">
        <legend class="ab-donate__heading">{t('donate.giftAid.legend')}</legend>
        <p>{t('donate.giftAid.intro')}</p>
        <div class="ab-field">
          <div class="ab-checkbox">
            <input class="ab-checkbox__input" type="checkbox" id="giftAid" name="giftAid" value="yes" checked={giftAid} aria-describedby="giftAid-hint" />
            <label class="ab-checkbox__label" for="giftAid">
              {t('donate.giftAid.checkbox')}
            </label>
          </div>
          <p class="ab-hint" id="giftAid-hint">
            {t('donate.giftAid.checkboxHint')}
          </p>
        </div>
        <TextInput id="title" name="title" label={t('donate.giftAid.title')} hint={t('donate.giftAid.titleHint')} value={textValue(values, 'title')} error={error('title')} autocomplete="honorific-prefix" maxLength={20} spellcheck={false} />
        <TextInput id="house" name="house" label={t('donate.giftAid.house')} hint={t('donate.giftAid.houseHint')} value={textValue(values, 'house')} error={error('house')} autocomplete="address-line1" maxLength={80} />
        <TextInput id="postcode" name="postcode" label={t('donate.giftAid.postcode')} value={textValue(values, 'postcode')} error={error('postcode')} autocomplete="postal-code" maxLength={10} spellcheck={false} />
        <Radios
          id="scope"
          name="scope"
          legend={t('donate.giftAid.scopeLegend')}
          checked={textValue(values, 'scope') || 'enduring'}
          error={error('scope')}
          options={[
            { value: 'enduring', label: t('donate.giftAid.enduring'), hint: declarations.enduring.text },
            { value: 'single', label: t('donate.giftAid.single'), hint: declarations.single.text },
          ]}
        />
      </fieldset>
      <div class="ab-field">
        <div class="ab-checkbox">
          <input class="ab-checkbox__input" type="checkbox" id="updates" name="updates" value="yes" checked={textValue(values, 'updates') === 'yes'} aria-describedby="updates-hint" />
          <label class="ab-checkbox__label" for="updates">
            {t('donate.form.updates')}
          </label>
        </div>
        <p class="ab-hint ab-signup__wording" id="updates-hint">
          {wording.text}
        </p>
      </div>
      <p class="ab-signup__privacy">
        <a href={href('/privacy')}>{t('donate.form.privacy')}</a>
      </p>
      <input type="hidden" name="declarationVersion" value={`single:${declarations.single.version},enduring:${declarations.enduring.version}`} />
      <input type="hidden" name="wording" value={String(wording.version)} />
      <input type="hidden" name="appeal" value={textValue(values, 'appeal')} />
      <input type="hidden" name="campaign" value={textValue(values, 'campaign')} />
      <AntiSpamFields idPrefix="donate" renderStamp={renderStamp} />
      <p class="ab-hint" id="donate-submit-hint">
        {t('donate.form.submitHint')}
      </p>
      <button class="ab-button" type="submit" aria-describedby="donate-submit-hint">
        {t('donate.form.submit')}
      </button>
    </form>
  )
}
