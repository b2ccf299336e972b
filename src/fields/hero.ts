import type { Field } from 'payload'

export const heroField: Field = {
  name: 'hero',
  type: 'group',
  fields: [
    { name: 'intro', type: 'textarea', localized: true, maxLength: 500, admin: { description: 'A short standfirst under the title.' } },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
}
