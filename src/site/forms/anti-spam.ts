import { isHumanPaced } from './form-timing'
import { textValue, type FormValues } from './parse'

export const honeypotField = 'website'
export const renderStampField = 'rendered'

/**
 * True when a submission looks automated: the honeypot has a value, or the form came back faster
 * than a person reads it (or without a valid stamp). Such a submission gets the normal success
 * response and nothing is stored, so a bot learns nothing.
 */
export function looksAutomated(values: FormValues, secret: string, now = Date.now()): boolean {
  if (textValue(values, honeypotField) !== '') return true
  return !isHumanPaced(secret, textValue(values, renderStampField), now)
}
