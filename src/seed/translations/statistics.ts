import type { StatisticBlock } from '../../payload-types'
import { traffickedAtAnyOneTime } from '../statistics'

/** The ILO estimate in another language: same figure, date and link as the English one, words translated. */
export const translatedTraffickedAtAnyOneTime = (text: Pick<StatisticBlock, 'value' | 'label' | 'source'>): StatisticBlock => ({
  ...traffickedAtAnyOneTime(),
  ...text,
})
