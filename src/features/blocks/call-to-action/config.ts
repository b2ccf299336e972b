import type { Block } from 'payload'
import { linkFields } from '../../../fields/link'

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true, maxLength: 120 },
    { name: 'text', type: 'textarea', localized: true, maxLength: 400 },
    {
      name: 'links',
      type: 'array',
      minRows: 1,
      maxRows: 3,
      required: true,
      fields: [
        ...linkFields(),
        {
          name: 'style',
          type: 'select',
          defaultValue: 'primary',
          options: [
            { label: 'Primary button', value: 'primary' },
            { label: 'Secondary button', value: 'secondary' },
          ],
        },
      ],
    },
  ],
}
