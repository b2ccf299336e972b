import type { Block } from 'payload'

/** A figure is only as good as its source, so source and date are required. */
export const StatisticBlock: Block = {
  slug: 'statistic',
  interfaceName: 'StatisticBlock',
  labels: { singular: 'Statistic', plural: 'Statistics' },
  fields: [
    { name: 'value', type: 'text', required: true, localized: true, maxLength: 40, admin: { description: 'e.g. "2.5 million"' } },
    { name: 'label', type: 'textarea', required: true, localized: true, maxLength: 300 },
    { name: 'source', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'sourceUrl', type: 'text', maxLength: 500, validate: httpUrlOrEmpty },
    { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } } },
  ],
}

function httpUrlOrEmpty(value: string | null | undefined): true | string {
  if (!value) return true
  return /^https?:\/\/[^\s]+$/.test(value) ? true : 'Enter a web address starting with https://'
}
