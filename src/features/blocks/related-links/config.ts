import type { Block } from 'payload'
import { linkFields } from '../../../fields/link'

/** The seed page's "find out more" list. */
export const RelatedLinksBlock: Block = {
  slug: 'relatedLinks',
  interfaceName: 'RelatedLinksBlock',
  labels: { singular: 'Find out more', plural: 'Find out more lists' },
  fields: [
    { name: 'heading', type: 'text', localized: true, defaultValue: 'Find out more', maxLength: 120 },
    { name: 'links', type: 'array', minRows: 1, maxRows: 8, required: true, fields: linkFields() },
  ],
}
