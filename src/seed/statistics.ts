import { statistic } from './blocks'

/** The ILO's 2005 global estimate, used on the home page and the explainer. */
export const traffickedAtAnyOneTime = () =>
  statistic({
    value: 'About 2.5 million',
    label: 'people worldwide are trapped in trafficking at any one time, exploited for sex or for their work.',
    source: 'International Labour Organization, "A global alliance against forced labour"',
    date: '2005-05-01T00:00:00.000Z',
  })
