import type { Block } from 'payload'

export const PullQuoteBlock: Block = {
  slug: 'pullQuote',
  interfaceName: 'PullQuoteBlock',
  labels: { singular: 'Pull quote', plural: 'Pull quotes' },
  fields: [
    { name: 'quote', type: 'textarea', required: true, localized: true, maxLength: 400 },
    { name: 'attribution', type: 'text', localized: true, maxLength: 120 },
  ],
}
