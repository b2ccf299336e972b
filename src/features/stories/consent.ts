import type { Where } from 'payload'

/** The parts of a story's consent record that decide where it may appear. */
export type ConsentRecord = {
  givenOn?: string | null
  scope?: string[] | null
  reviewBy?: string | null
  withdrawnOn?: string | null
}

export const consentScopes = ['web', 'social', 'print', 'fundraising-email'] as const

const time = (value: string | null | undefined): number | undefined => (value ? new Date(value).getTime() : undefined)

/**
 * A story may be on the website only while the person's consent covers it: given, for the web,
 * not withdrawn, and not past its review date (a review that did not happen is not consent).
 */
export function consentCoversWeb(story: { consent?: ConsentRecord | null }, now: Date = new Date()): boolean {
  const consent = story.consent
  if (!consent) return false
  const given = time(consent.givenOn)
  const review = time(consent.reviewBy)
  const withdrawn = time(consent.withdrawnOn)
  if (given === undefined || given > now.getTime()) return false
  if (!consent.scope?.includes('web')) return false
  if (withdrawn !== undefined && withdrawn <= now.getTime()) return false
  if (review === undefined || review <= now.getTime()) return false
  return true
}

export type ConsentProblem = { field: keyof ConsentRecord; message: string }

/**
 * Field-level problems with a consent record. Dates out of order are always wrong; the rest only
 * matter when the story is to be published.
 */
export function consentProblems(consent: ConsentRecord | null | undefined, publishing: boolean, now: Date = new Date()): ConsentProblem[] {
  const problems: ConsentProblem[] = []
  const given = time(consent?.givenOn)
  const review = time(consent?.reviewBy)
  const withdrawn = time(consent?.withdrawnOn)
  if (given !== undefined && withdrawn !== undefined && withdrawn < given) {
    problems.push({ field: 'withdrawnOn', message: 'Consent cannot be withdrawn before it was given: check both dates.' })
  }
  if (given !== undefined && review !== undefined && review <= given) {
    problems.push({ field: 'reviewBy', message: 'The review date must come after the date consent was given.' })
  }
  if (!publishing) return problems
  if (given === undefined) problems.push({ field: 'givenOn', message: 'Enter the date consent was given before publishing.' })
  else if (given > now.getTime()) problems.push({ field: 'givenOn', message: 'Consent was given in the future? Check the date.' })
  if (!consent?.scope?.includes('web')) problems.push({ field: 'scope', message: 'Publishing needs consent that includes the website: tick "Website".' })
  if (review === undefined) problems.push({ field: 'reviewBy', message: 'Enter the date this consent must be reviewed by.' })
  else if (review <= now.getTime()) problems.push({ field: 'reviewBy', message: 'The review date has passed: review consent with the person, then set a new date.' })
  if (withdrawn !== undefined && withdrawn <= now.getTime()) {
    problems.push({ field: 'withdrawnOn', message: 'Consent was withdrawn, so this story cannot be published.' })
  }
  return problems
}

/** A Payload `where` for stories whose consent covers the web right now (public lists, sitemap). */
export function consentCoversWebWhere(now: Date = new Date()): Where {
  const iso = now.toISOString()
  return {
    and: [
      { 'consent.scope': { in: ['web'] } },
      { 'consent.givenOn': { less_than_equal: iso } },
      { 'consent.reviewBy': { greater_than: iso } },
      { or: [{ 'consent.withdrawnOn': { exists: false } }, { 'consent.withdrawnOn': { greater_than: iso } }] },
    ],
  }
}
