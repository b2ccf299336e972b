import type { Block } from 'payload'

/** The helplines from the site settings (one place to change a number), placed where the editor wants them. */
export const HelplinesBlock: Block = {
  slug: 'helplines',
  interfaceName: 'HelplinesBlock',
  labels: { singular: 'Helplines', plural: 'Helplines' },
  admin: {
    disableBlockName: true,
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      localized: true,
      maxLength: 120,
      admin: { description: 'Leave empty for "Call for free, confidential help" in the reader’s language. The numbers come from Site settings → Helplines.' },
    },
  ],
}
