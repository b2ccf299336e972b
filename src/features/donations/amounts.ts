import type { SiteSetting } from '../../payload-types'
import type { Frequency } from './model'
import { numberFormat } from '../../site/intl'

export type Preset = { pence: number; impact: string }
export type DonationOptions = { minimumPence: number; maximumPence: number; presets: Record<Frequency, Preset[]> }

const toPence = (pounds: number): number => Math.round(pounds * 100)

/** Stripe's own floor for GBP: nothing below it can be charged, whatever the settings say. */
export const stripeMinimumPence = 30
export const defaultMinimumPence = 200
export const defaultMaximumPence = 1_000_000

/** The donate page's choices and limits from Site settings, with safe defaults for a new site. */
export function donationOptions(settings: Pick<SiteSetting, 'donations'>): DonationOptions {
  const group = settings.donations
  const minimumPence = Math.max(stripeMinimumPence, group?.minimumPounds ? toPence(group.minimumPounds) : defaultMinimumPence)
  const maximumPence = Math.max(minimumPence, group?.maximumPounds ? toPence(group.maximumPounds) : defaultMaximumPence)
  const presets = (rows: { pounds: number; impact?: string | null }[] | null | undefined): Preset[] =>
    (rows ?? []).map((row) => ({ pence: toPence(row.pounds), impact: row.impact ?? '' })).filter((preset) => preset.pence >= minimumPence && preset.pence <= maximumPence)
  return { minimumPence, maximumPence, presets: { 'one-off': presets(group?.oneOffAmounts), monthly: presets(group?.monthlyAmounts) } }
}

/** Arabic-Indic and Persian digits, as Arabic keyboards type them, read as 0-9. */
const westernDigits = (text: string): string =>
  text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf)).replace(/\u066b/g, '.')

export type AmountProblem = 'missing' | 'notNumber' | 'notPositive' | 'tooManyDecimals' | 'belowMinimum' | 'aboveMaximum'

/**
 * An amount as people type it: "10", "10.50", "10,50", "£1,000", "١٠", " 25 ". Whole pence only; no negative,
 * no exponent, no hidden characters. Parsed from the digits, never through floating point.
 */
export function parseAmount(input: string, limits: Pick<DonationOptions, 'minimumPence' | 'maximumPence'>): { ok: true; pence: number } | { ok: false; problem: AmountProblem } {
  const cleaned = westernDigits(input)
    .trim()
    .replace(/^£\s*/, '')
    .replace(/[\s\u00a0\u202f'](?=\d{3}(?:\D|$))/g, '')
    // "10,50" is ten pounds fifty in most of our languages; "1,000" is a thousand.
    .replace(/^(\d+),(\d{1,2})$/, '$1.$2')
    .replace(/,(?=\d{3}(?:\D|$))/g, '')
  if (!cleaned) return { ok: false, problem: 'missing' }
  if (/^[-−]/.test(cleaned)) return { ok: false, problem: 'notPositive' }
  const match = /^(\d{1,9})(?:\.(\d+))?$/.exec(cleaned)
  if (!match?.[1]) return { ok: false, problem: 'notNumber' }
  const decimals = match[2] ?? ''
  if (decimals.length > 2) return { ok: false, problem: 'tooManyDecimals' }
  const pence = Number(match[1]) * 100 + Number(decimals.padEnd(2, '0'))
  if (pence <= 0) return { ok: false, problem: 'notPositive' }
  if (pence < limits.minimumPence) return { ok: false, problem: 'belowMinimum' }
  if (pence > limits.maximumPence) return { ok: false, problem: 'aboveMaximum' }
  return { ok: true, pence }
}

/** "£10" for whole pounds, "£10.50" otherwise, in the reader's locale's digits. */
export function formatMoney(pence: number, locale: string): string {
  const whole = pence % 100 === 0
  return numberFormat(locale === 'ar' ? 'ar-u-nu-latn' : locale, {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(pence / 100)
}

/** The amount in a form field: "10" or "10.50" (what the person would type). */
export const amountFieldValue = (pence: number): string => (pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2))
