import { z } from 'zod'
import { formText, message } from '../../site/forms/parse'

export const maxQueryLength = 100

/** The search form's one field: what to look for, at most 100 characters. */
export const searchSchema = z.object({
  q: formText().pipe(z.string().max(maxQueryLength, message('search.errors.tooLong'))),
})
