/**
 * One function per cell of HMRC's Gift Aid schedule. The rules are HMRC's guidance "Schedule
 * spreadsheet to claim back tax on Gift Aid donations" (gov.uk) unless a comment says otherwise;
 * docs/gift-aid-claims.md gives the reason for each.
 */

/** R68 claims fail as a whole when one donor's name does not fit, so these limits are hard. */
const nameMax = 35
const titleMax = 4
// HMRC's guidance gives no limit for the house, but the R68 claim the schedule becomes holds 40
// characters (the `House` element; both public PHP clients for Charities Online cut it at 40).
const houseMax = 40

// Letters with no Unicode decomposition: NFKD alone would drop them or keep them.
const unsplittable: Record<string, string> = {
  Ł: 'L', ł: 'l', Ø: 'O', ø: 'o', Đ: 'D', đ: 'd', Ð: 'D', ð: 'd', Þ: 'Th', þ: 'th',
  ß: 'ss', Æ: 'AE', æ: 'ae', Œ: 'OE', œ: 'oe', ı: 'i', Ħ: 'H', ħ: 'h',
}

/**
 * Accented Latin letters become plain ones ("Zoë" → "Zoe", "Łukasz" → "Lukasz"). HMRC's published
 * guidance is silent on accents, but the R68 claim a schedule is turned into accepts names of
 * letters A–Z, the apostrophe, the full stop and the hyphen only (CiviCRM's Gift Aid extensions,
 * which submit to HMRC directly, validate and transliterate to exactly that), and one name
 * outside it fails the whole claim. Other scripts are left as they are: there is no faithful
 * automatic romanisation, so staff have to see them and ask the donor.
 */
function plainLatin(text: string): string {
  return text
    .replace(/[ŁłØøĐđÐðÞþßÆæŒœıĦħ]/g, (letter) => unsplittable[letter] ?? letter)
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
}

/** Control characters (tabs, line breaks) become spaces; runs of spaces become one; no spaces at the ends. */
function tidy(text: string | null | undefined): string {
  return (text ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim()
}

/** Cut to a number of characters (code points, so no half of a surrogate pair), then drop a trailing space. */
function cut(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('').trimEnd()
}

/**
 * A name or house that starts like a formula (= + - @) loses those leading characters, so it
 * can run in no program that opens or re-saves the schedule (HMRC's staff and the charity's
 * spreadsheet may save it as CSV; OWASP "CSV injection"). No real name or house starts so, and
 * HMRC would refuse these characters in a name anyway. The CSV writer still escapes every cell.
 */
function withoutFormulaStart(text: string): string {
  return text.replace(/^(?:[=+\-@]\s*)+/, '')
}

/**
 * First or last name. HMRC: at most 35 characters; a double-barrelled surname takes a space
 * instead of the hyphen ("House Martin", not "House-Martin"); we do the same in first names
 * ("Anne-Marie" → "Anne Marie") because the R68 rules are the same for both. Apostrophes stay
 * ("O'Brien"): HMRC forbids only the hyphen, and the claim's character set includes the single
 * quote; typographic apostrophes (’ ʼ) become that single quote, the only one it accepts.
 */
export function nameCell(name: string | null | undefined): string {
  const text = plainLatin(tidy(name))
    .replace(/[’‘ʼ´`]/g, "'")
    .replace(/[-‐‑‒–—―]/g, ' ')
  return cut(withoutFormulaStart(tidy(text)), nameMax)
}

// HMRC's examples: "Prof for professor or Rev for Reverend". Titles without a short form that
// fits in 4 letters are left out rather than cut ("Colo" helps nobody); the title is optional.
const shortTitles: Record<string, string> = {
  professor: 'Prof', reverend: 'Rev', revd: 'Rev', doctor: 'Dr', mister: 'Mr', captain: 'Capt',
  colonel: 'Col', major: 'Maj', father: 'Fr', sister: 'Sr', brother: 'Br', lieutenant: 'Lt',
}

/** Title: at most 4 letters ("Mrs." → "Mrs", "Professor" → "Prof"), blank when empty or too long. */
export function titleCell(title: string | null | undefined): string {
  const letters = plainLatin(tidy(title)).replace(/[^\p{L}]/gu, '')
  const short = shortTitles[letters.toLowerCase()] ?? letters
  return Array.from(short).length <= titleMax ? short : ''
}

/** House name or number: tidied, never starting like a formula, at most 40 characters. */
export function houseCell(house: string | null | undefined): string {
  return cut(withoutFormulaStart(tidy(house)), houseMax)
}

/**
 * Postcode in capitals with one space before the last three characters ("s19 2bd" → "S19 2BD",
 * which HMRC rejects without the space). No postcode means a donor living outside the UK, which
 * HMRC's schedule records as "X" (CiviCRM's Gift Aid extension writes "X" for the same reason).
 * The donation form checks UK postcodes; this only formats.
 */
export function postcodeCell(postcode: string | null | undefined): string {
  const compact = (postcode ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '')
  if (compact === '') return 'X'
  return compact.length < 5 ? compact : `${compact.slice(0, -3)} ${compact.slice(-3)}`
}

// The day the donation was received is the day in the UK: a gift at 00:30 on 1 July British
// Summer Time is 23:30 on 30 June in UTC, and belongs to July (and perhaps another tax year).
const ukDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: '2-digit',
})

/** Donation date as HMRC asks, DD/MM/YY, on the UK calendar. */
export function dateCell(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Gift Aid claim: a donation has no valid date')
  const parts = ukDay.formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value
  return `${part('day')}/${part('month')}/${part('year')}`
}

/**
 * Amount in pounds with two decimals and no £ or thousands separator ("200.00"), from whole
 * pence so no floating-point rounding is involved. Zero, negative or fractional pence are a bug
 * upstream (only paid donations are claimed), so they stop the export rather than reach HMRC.
 */
export function amountCell(pence: number): string {
  if (!Number.isSafeInteger(pence) || pence <= 0) {
    throw new RangeError(`Gift Aid claim: ${pence} is not a whole, positive number of pence`)
  }
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`
}
