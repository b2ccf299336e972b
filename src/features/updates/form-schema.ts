import { z } from 'zod'
import { formList, formText, message } from '../../site/forms/parse'
import { normaliseEmail, type EmailProblem } from './email-address'
import type { MessageKey } from '../../i18n'

export const signUpForms = ['updates-page', 'footer', 'block', 'new-link'] as const

const emailMessages: Record<EmailProblem, MessageKey> = {
  missing: 'updates.errors.emailMissing',
  tooLong: 'updates.errors.emailTooLong',
  invalid: 'updates.errors.emailInvalid',
}

/** Letters of any script, spaces, hyphens, apostrophes, dots: what names are made of. */
const namePattern = /^[\p{L}\p{M}][\p{L}\p{M}\s'’.-]*$/u

const buildSignUpSchema = (interestIds: string[]) =>
  z.object({
    email: formText().transform((value, ctx) => {
      const result = normaliseEmail(value)
      if (result.ok) return result.email
      ctx.addIssue({ code: 'custom', message: emailMessages[result.problem] })
      return z.NEVER
    }),
    firstName: formText()
      .pipe(z.string().max(80, message('updates.errors.firstNameTooLong')))
      .refine((value) => value === '' || namePattern.test(value), message('updates.errors.firstNameInvalid')),
    interests: formList().refine(
      (chosen) => chosen.length <= interestIds.length && chosen.every((id) => interestIds.includes(id)),
      message('updates.errors.interestsInvalid'),
    ),
    wording: formText().transform((value) => Number.parseInt(value, 10) || 0),
    form: formText().transform((value) => (signUpForms as readonly string[]).includes(value) ? value : 'updates-page'),
    page: formText().transform((value) => (/^\/[\w\-/]{0,299}$/.test(value) ? value : '/updates')),
  })

/**
 * Schemas by topic list. Building a zod object compiles a parser function for it, about 70 KB of
 * garbage and fresh code on every sign-up when it was built per request (measured under load);
 * the topic lists are few and change only when an editor changes them.
 */
const signUpSchemas = new Map<string, ReturnType<typeof buildSignUpSchema>>()
const schemasKept = 32

/** The sign-up form's one schema: the page and the server both read errors from it. */
export function signUpSchema(interestIds: string[]): ReturnType<typeof buildSignUpSchema> {
  const key = interestIds.join('\n')
  let schema = signUpSchemas.get(key)
  if (!schema) {
    if (signUpSchemas.size >= schemasKept) signUpSchemas.clear()
    signUpSchemas.set(key, (schema = buildSignUpSchema(interestIds)))
  }
  return schema
}

export type SignUpFields = z.infer<ReturnType<typeof signUpSchema>>

/** The preferences form: only topics. */
export const preferencesSchema = (interestIds: string[]) =>
  z.object({
    interests: formList().refine((chosen) => chosen.every((id) => interestIds.includes(id)), message('updates.errors.interestsInvalid')),
  })
