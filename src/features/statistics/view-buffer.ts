export type ViewCount = { day: string; path: string; referrer: string; views: number }

/** Bounds that keep memory and the table small whatever requests arrive. */
export const viewLimits = {
  /** Distinct day/page/referrer keys waiting for the next write; more are dropped (and logged). */
  maxPendingKeys: 5000,
  /** Distinct referring sites recorded per day by one process; the rest count as "(other)". */
  maxReferrersPerDay: 200,
}

export const otherReferrers = '(other)'

type Buffer = { pending: Map<string, ViewCount>; referrersToday: { day: string; seen: Set<string> }; dropped: number }

const bufferKey = Symbol.for('abolition.pageViewBuffer')

/** On globalThis: the site and the flusher may load this module twice (Next's bundle and Node's). */
function buffer(): Buffer {
  const holder = globalThis as { [bufferKey]?: Buffer }
  holder[bufferKey] ??= { pending: new Map(), referrersToday: { day: '', seen: new Set() }, dropped: 0 }
  return holder[bufferKey]
}

/** Referring domains are whatever a request claims, so only so many distinct ones are kept a day. */
function cappedReferrer(state: Buffer, day: string, referrer: string): string {
  if (state.referrersToday.day !== day) state.referrersToday = { day, seen: new Set() }
  const { seen } = state.referrersToday
  if (seen.has(referrer)) return referrer
  if (seen.size >= viewLimits.maxReferrersPerDay) return otherReferrers
  seen.add(referrer)
  return referrer
}

/** Adds views in memory; the request that caused them never waits for the database. */
export function recordView(view: ViewCount): void {
  const state = buffer()
  const referrer = cappedReferrer(state, view.day, view.referrer)
  const key = `${view.day}\n${view.path}\n${referrer}`
  const existing = state.pending.get(key)
  if (existing) {
    existing.views += view.views
    return
  }
  if (state.pending.size >= viewLimits.maxPendingKeys) {
    state.dropped += view.views
    return
  }
  state.pending.set(key, { ...view, referrer })
}

/** Everything recorded so far, emptying the buffer, and how many views had to be dropped. */
export function takePendingViews(): { views: ViewCount[]; dropped: number } {
  const state = buffer()
  const views = [...state.pending.values()]
  const dropped = state.dropped
  state.pending = new Map()
  state.dropped = 0
  return { views, dropped }
}
