import type { Field } from 'payload'

/** Stripe will not take less than £0.30; charities set their own floor well above it to deter card testing. */
const stripeFloorPounds = 0.3

const presetAmounts = (name: string, label: string): Field => ({
  name,
  label,
  type: 'array',
  maxRows: 6,
  admin: { description: 'Offered as choices on the donate page, in this order. Say what each amount pays for.' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'pounds', type: 'number', required: true, min: 1, max: 100_000, admin: { width: '25%', step: 1 } },
        { name: 'impact', type: 'text', localized: true, maxLength: 160, admin: { width: '75%', description: 'e.g. "pays for a night in a safe house"' } },
      ],
    },
  ],
})

/** Donate page settings (Site settings → Donations). */
export const donationSettingsFields: Field[] = [
  {
    name: 'donations',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'minimumPounds', label: 'Smallest gift (£)', type: 'number', defaultValue: 2, min: stripeFloorPounds, max: 1000, admin: { width: '50%' } },
          { name: 'maximumPounds', label: 'Largest gift online (£)', type: 'number', defaultValue: 10_000, min: 1, max: 1_000_000, admin: { width: '50%' } },
        ],
      },
      presetAmounts('oneOffAmounts', 'One-off amounts'),
      presetAmounts('monthlyAmounts', 'Monthly amounts'),
    ],
  },
]
