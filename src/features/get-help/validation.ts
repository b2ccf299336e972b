/**
 * Checks for what admins type into the helpline settings. A number is stored as it is dialled
 * inside its country ("08000 121 700"), because that is how the helpline is advertised and what a
 * caller there recognises; a number written with its country code ("+44 8000 121 700") is also
 * accepted and must then be a valid international number (E.164: 8 to 15 digits).
 */
const digitsOf = (value: string): string => value.replace(/[\s-]/g, '')

export function helplineNumberError(value: string | null | undefined): string | undefined {
  const number = (value ?? '').trim()
  if (!number) return 'Enter the helpline’s phone number, like 08000 121 700 or +44 8000 121 700.'
  if (!/^\+?[0-9][0-9\s-]*[0-9]$/.test(number)) return 'Use only digits, spaces and hyphens, with an optional + at the start, like 08000 121 700.'
  const digits = digitsOf(number).replace(/^\+/, '')
  if (number.startsWith('+')) {
    if (digits.startsWith('0') || digits.length < 8 || digits.length > 15) {
      return 'An international number is + and the country code, then 8 to 15 digits in all, like +44 8000 121 700.'
    }
    return undefined
  }
  if (digits.length < 3 || digits.length > 15) return 'A phone number has between 3 and 15 digits, like 08000 121 700.'
  return undefined
}

export function emergencyNumberError(value: string | null | undefined): string | undefined {
  const number = (value ?? '').trim()
  if (!number) return 'Enter the emergency number of this country, like 999 or 112.'
  return /^[0-9]{2,6}$/.test(number) ? undefined : 'An emergency number is 2 to 6 digits, like 999 or 112.'
}

export function countryCodeError(value: string | null | undefined): string | undefined {
  return /^[A-Z]{2}$/.test((value ?? '').trim()) ? undefined : 'Enter the country’s two-letter code in capitals, like GB or US.'
}

export function httpsUrlError(value: string | null | undefined, options: { required: boolean }): string | undefined {
  const text = (value ?? '').trim()
  if (!text) return options.required ? 'Enter a web address starting with https://' : undefined
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'Enter a whole web address, like https://www.bbc.co.uk/weather'
  }
  if (url.protocol !== 'https:' || !url.hostname.includes('.') || url.username || url.password) {
    return 'Enter a web address starting with https://, like https://www.bbc.co.uk/weather'
  }
  return undefined
}

/** The number as a tel: link dials it: no spaces or hyphens. */
export const telHref = (number: string): string => `tel:${digitsOf(number.trim())}`

/** Payload's field validators answer true or the message. */
export const asValidator =
  (check: (value: string | null | undefined) => string | undefined) =>
  (value: string | null | undefined): true | string =>
    check(value) ?? true
