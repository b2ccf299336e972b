/** Editors are warned this many days before an image's licence runs out. */
export const licenceWarningDays = 30

const day = 24 * 60 * 60 * 1000

export type LicenceState = 'expired' | 'expiring' | 'current'

/**
 * Where an image's licence stands: expired once its expiry date has come, expiring within the
 * warning window, current otherwise (or when it never expires).
 */
export function licenceState(expiresOn: string | null | undefined, now: Date = new Date()): LicenceState {
  if (!expiresOn) return 'current'
  const expires = new Date(expiresOn).getTime()
  if (expires <= now.getTime()) return 'expired'
  return expires <= now.getTime() + licenceWarningDays * day ? 'expiring' : 'current'
}

/** The moment up to which an expiry date counts as "expiring": the edge of the warning window. */
export const licenceHorizon = (now: Date = new Date()): Date => new Date(now.getTime() + licenceWarningDays * day)
