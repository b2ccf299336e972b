import { z } from 'zod'
import type { MessageKey } from '../../i18n'
import { formText, message } from '../../site/forms/parse'
import { normaliseEmail, type EmailProblem } from '../updates/email-address'
import { isCountryCode, normaliseUkPostcode } from './countries'

const emailMessages: Record<EmailProblem, MessageKey> = {
  missing: 'campaigns.errors.emailMissing',
  tooLong: 'campaigns.errors.emailTooLong',
  invalid: 'campaigns.errors.emailInvalid',
}

/** Letters of any script, spaces, hyphens, apostrophes, dots: what names are made of. */
const namePattern = /^[\p{L}\p{M}][\p{L}\p{M}\s'’.-]*$/u

/** A person's first or last name, with the form's own messages. */
export const personName = (missing: MessageKey, tooLong: MessageKey, invalid: MessageKey) =>
  formText()
    .pipe(z.string().min(1, message(missing)).max(80, message(tooLong)))
    .refine((value) => namePattern.test(value), message(invalid))

/** The petition form's one schema: the page and the server both read errors from it. */
export const signatureSchema = z.object({
  firstName: personName('campaigns.errors.firstNameMissing', 'campaigns.errors.firstNameTooLong', 'campaigns.errors.nameInvalid'),
  lastName: personName('campaigns.errors.lastNameMissing', 'campaigns.errors.lastNameTooLong', 'campaigns.errors.nameInvalid'),
  email: formText().transform((value, ctx) => {
    const result = normaliseEmail(value)
    if (result.ok) return result.email
    ctx.addIssue({ code: 'custom', message: emailMessages[result.problem] })
    return z.NEVER
  }),
  country: formText()
    .transform((value) => value.toUpperCase())
    .refine((value) => value !== '', message('campaigns.errors.countryMissing'))
    .refine((value) => value === '' || isCountryCode(value), message('campaigns.errors.countryUnknown')),
  postcode: formText().transform((value, ctx) => {
    if (!value) return ''
    const postcode = normaliseUkPostcode(value)
    if (postcode) return postcode
    ctx.addIssue({ code: 'custom', message: 'campaigns.errors.postcodeInvalid' })
    return z.NEVER
  }),
  version: formText().transform((value) => Number.parseInt(value, 10) || 0),
  updates: formText().transform((value) => value === 'yes'),
  wording: formText().transform((value) => Number.parseInt(value, 10) || 0),
})

export type SignatureFields = z.infer<typeof signatureSchema>
