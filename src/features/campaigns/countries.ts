/** ISO 3166-1 alpha-2 codes of every country and territory; names come from Intl in the reader's language. */
export const countryCodes: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ')

const known = new Set(countryCodes)

export const isCountryCode = (value: string): boolean => known.has(value)

export type CountryOption = { value: string; label: string }

const optionsByLocale = new Map<string, readonly CountryOption[]>()

/**
 * The countries as options, named and sorted in the reader's language: worked out once per
 * language (naming and sorting 250 of them on every render cost time, and new Intl objects
 * cost memory outside the heap; see site/intl.ts).
 */
export function countryOptions(locale: string): readonly CountryOption[] {
  let options = optionsByLocale.get(locale)
  if (!options) {
    const names = new Intl.DisplayNames([locale], { type: 'region' })
    const collator = new Intl.Collator(locale)
    options = countryCodes.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => collator.compare(a.label, b.label))
    optionsByLocale.set(locale, options)
  }
  return options
}

/** A UK postcode as Royal Mail writes it (outward code, space, inward code), or undefined. */
export function normaliseUkPostcode(input: string): string | undefined {
  const compact = input.replace(/\s+/g, '').toUpperCase()
  const match = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/.exec(compact)
  return match ? `${match[1]} ${match[2]}` : undefined
}

/** The postcode area (outward code) shown in a delivery list instead of the full postcode. */
export const postcodeArea = (postcode: string): string => postcode.split(' ')[0] ?? ''
