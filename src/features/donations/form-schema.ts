import { z } from 'zod'
import type { MessageKey } from '../../i18n'
import { formText } from '../../site/forms/parse'
import { normaliseUkPostcode } from '../campaigns/countries'
import { personName } from '../campaigns/form-schema'
import { normaliseEmail, type EmailProblem } from '../updates/email-address'
import { parseAmount, type AmountProblem, type DonationOptions } from './amounts'
import { declarationScopes, frequencies } from './model'

const emailMessages: Record<EmailProblem, MessageKey> = {
  missing: 'donate.errors.emailMissing',
  tooLong: 'donate.errors.emailTooLong',
  invalid: 'donate.errors.emailInvalid',
}

const amountMessages: Record<AmountProblem, MessageKey> = {
  missing: 'donate.errors.amountMissing',
  notNumber: 'donate.errors.amountNotNumber',
  notPositive: 'donate.errors.amountNotPositive',
  tooManyDecimals: 'donate.errors.amountTooManyDecimals',
  belowMinimum: 'donate.errors.amountBelowMinimum',
  aboveMaximum: 'donate.errors.amountAboveMaximum',
}

/** Checkboxes post "yes" when ticked and nothing otherwise. */
const ticked = () => formText().transform((value) => value === 'yes')

/**
 * The donate form's one schema (issue 7), built for the limits in Site settings. Amount is a
 * preset's value or "other" with the amount typed; Gift Aid's fields are required only when its
 * box is ticked; the error for each field is a catalog key shown beside it.
 */
export function donationSchema(options: Pick<DonationOptions, 'minimumPence' | 'maximumPence'>) {
  const firstName = personName('donate.errors.firstNameMissing', 'donate.errors.firstNameTooLong', 'donate.errors.nameInvalid')
  const lastName = personName('donate.errors.lastNameMissing', 'donate.errors.lastNameTooLong', 'donate.errors.nameInvalid')
  // Every field is read as text first and checked in one pass below, so a person sees every
  // problem at once (zod stops before cross-field checks when a field fails on its own).
  return z
    .object({
      frequency: formText(),
      amount: formText(),
      otherAmount: formText(),
      firstName: formText(),
      lastName: formText(),
      email: formText(),
      giftAid: ticked(),
      title: formText(),
      house: formText(),
      postcode: formText(),
      scope: formText(),
      declarationVersion: formText(),
      updates: ticked(),
      wording: formText().transform((value) => Number.parseInt(value, 10) || 0),
      appeal: formText().transform((value) => (/^[a-z0-9-]{1,40}$/.test(value) ? value : '')),
      campaign: formText().transform((value) => (/^[a-z0-9-]{1,120}$/.test(value) ? value : '')),
    })
    .transform((form, ctx) => {
      const fail = (path: string, key: MessageKey) => ctx.addIssue({ code: 'custom', path: [path], message: key })
      const nameOf = (field: 'firstName' | 'lastName', schema: typeof firstName) => {
        const result = schema.safeParse(form[field])
        if (!result.success) fail(field, (result.error.issues[0]?.message ?? 'donate.errors.nameInvalid') as MessageKey)
        return result.data ?? ''
      }
      if (!(frequencies as readonly string[]).includes(form.frequency)) fail('frequency', 'donate.errors.frequency')
      // A preset posts its amount in pence; the typed amount counts only when "Another amount" (or
      // nothing) is chosen, so a leftover number is never charged instead of the chosen preset.
      // With neither, the error belongs to the choice of amounts.
      const preset = /^\d{1,9}$/.test(form.amount) ? Number(form.amount) : undefined
      const amountField = preset === undefined && (form.otherAmount || form.amount === 'other') ? 'otherAmount' : 'amount'
      const parsed = preset === undefined ? parseAmount(form.otherAmount, options) : parseAmount((preset / 100).toFixed(2), options)
      if (!parsed.ok) fail(amountField, amountMessages[parsed.problem])
      const names = { firstName: nameOf('firstName', firstName), lastName: nameOf('lastName', lastName) }
      const email = normaliseEmail(form.email)
      if (!email.ok) fail('email', emailMessages[email.problem])
      const scope = form.scope as (typeof declarationScopes)[number]
      if (form.giftAid) {
        if (form.title.length > 4) fail('title', 'donate.errors.titleTooLong')
        else if (form.title && !/^[\p{L}.]+$/u.test(form.title)) fail('title', 'donate.errors.titleInvalid')
        if (!form.house) fail('house', 'donate.errors.houseMissing')
        else if (form.house.length > 80) fail('house', 'donate.errors.houseTooLong')
        if (!form.postcode) fail('postcode', 'donate.errors.postcodeMissing')
        else if (!normaliseUkPostcode(form.postcode)) fail('postcode', 'donate.errors.postcodeInvalid')
        if (!declarationScopes.includes(scope)) fail('scope', 'donate.errors.scopeMissing')
        else if (form.frequency === 'monthly' && scope === 'single') fail('scope', 'donate.errors.monthlyNeedsEnduring')
      }
      if (!parsed.ok || !email.ok || ctx.issues.length) return z.NEVER
      return {
        frequency: form.frequency as (typeof frequencies)[number],
        amountPence: parsed.pence,
        ...names,
        email: email.email,
        giftAid: form.giftAid
          ? { title: form.title.replace(/\.$/, ''), house: form.house, postcode: normaliseUkPostcode(form.postcode) ?? '', scope, version: form.declarationVersion }
          : undefined,
        updates: form.updates,
        wording: form.wording,
        appeal: form.appeal,
        campaign: form.campaign,
      }
    })
}

export type DonationForm = z.output<ReturnType<typeof donationSchema>>
