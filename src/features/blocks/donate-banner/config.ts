import type { Block } from 'payload'

/**
 * "Donate" with a few amounts, each a link to /donate with the amount (and the appeal) filled in:
 * plain links, so the banner works without JavaScript and costs nothing to cache.
 */
export const DonateBannerBlock: Block = {
  slug: 'donateBanner',
  interfaceName: 'DonateBannerBlock',
  labels: { singular: 'Donate banner', plural: 'Donate banners' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true, maxLength: 120 },
    { name: 'text', type: 'textarea', localized: true, maxLength: 400 },
    {
      name: 'frequency',
      type: 'select',
      defaultValue: 'one-off',
      options: [
        { label: 'One-off gifts', value: 'one-off' },
        { label: 'Monthly gifts', value: 'monthly' },
      ],
    },
    {
      name: 'amounts',
      type: 'array',
      maxRows: 4,
      admin: { description: 'Amounts in pounds, one button each. Leave empty for a single "Donate" button.' },
      fields: [{ name: 'pounds', type: 'number', required: true, min: 1, max: 100_000 }],
    },
    {
      name: 'appeal',
      type: 'text',
      maxLength: 40,
      validate: (value: string | null | undefined) => !value || /^[a-z0-9-]{1,40}$/.test(value) || 'Use lower-case letters, digits and hyphens, e.g. "winter-appeal".',
      admin: { description: 'Optional code recorded with each gift from this banner, for the totals by appeal.' },
    },
  ],
}
