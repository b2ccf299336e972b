import { beforeEach, describe, expect, it } from 'vitest'
import { otherReferrers, recordView, takePendingViews, viewLimits } from './view-buffer'

describe('the view buffer', () => {
  beforeEach(() => void takePendingViews())

  it('adds up views of the same page, day and referrer into one row', () => {
    for (let i = 0; i < 3; i++) recordView({ day: '2026-01-01', path: '/', referrer: '(none)', views: 1 })
    recordView({ day: '2026-01-01', path: '/news', referrer: '(none)', views: 1 })
    const { views } = takePendingViews()
    expect(views).toEqual([
      { day: '2026-01-01', path: '/', referrer: '(none)', views: 3 },
      { day: '2026-01-01', path: '/news', referrer: '(none)', views: 1 },
    ])
    expect(takePendingViews().views).toEqual([])
  })

  it('stays bounded whatever referrers and pages requests claim', () => {
    for (let i = 0; i < viewLimits.maxReferrersPerDay + 50; i++) {
      recordView({ day: '2026-01-02', path: '/', referrer: `site${i}.example`, views: 1 })
    }
    const { views } = takePendingViews()
    expect(views).toHaveLength(viewLimits.maxReferrersPerDay + 1)
    expect(views.find((view) => view.referrer === otherReferrers)?.views).toBe(50)

    for (let i = 0; i < viewLimits.maxPendingKeys + 10; i++) recordView({ day: '2026-01-03', path: `/p${i}`, referrer: '(none)', views: 1 })
    const capped = takePendingViews()
    expect(capped.views).toHaveLength(viewLimits.maxPendingKeys)
    expect(capped.dropped).toBe(10)
  })
})
