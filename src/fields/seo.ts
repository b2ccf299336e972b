import type { Field } from 'payload'

export const seoFields: Field = {
  name: 'seo',
  type: 'group',
  label: 'Search and sharing',
  admin: { position: 'sidebar' },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70, admin: { description: 'Defaults to the page title.' } },
    { name: 'description', type: 'textarea', localized: true, maxLength: 160, admin: { description: 'One or two sentences shown by search engines.' } },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
}
