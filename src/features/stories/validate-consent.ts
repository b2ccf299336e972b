import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { Story } from '../../payload-types'
import { consentCoversWeb, consentProblems, type ConsentRecord } from './consent'

/**
 * Refuses a save whose consent dates are out of order, and a publish the consent does not cover,
 * with the message on the field so the editor knows what to fix. Saving a published story whose
 * consent no longer covers the web (withdrawn, or scope narrowed) is never refused: that would
 * leave it online. It is taken down instead.
 */
export const validateConsent: CollectionBeforeChangeHook<Story> = ({ data, originalDoc, collection, req }) => {
  const consent: ConsentRecord = { ...originalDoc?.consent, ...data.consent }
  const wasPublished = originalDoc?._status === 'published'
  if (data._status === 'published' && wasPublished && !consentCoversWeb({ consent })) data._status = 'draft'
  const problems = consentProblems(consent, data._status === 'published')
  if (problems.length) {
    throw new ValidationError({
      collection: collection.slug,
      errors: problems.map(({ field, message }) => ({ path: `consent.${field}`, message })),
      req,
    })
  }
  return data
}
