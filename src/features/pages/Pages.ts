import type { CollectionConfig } from 'payload'
import { canEditContent, publishedOrStaff } from '../../access/roles'
import { heroField } from '../../fields/hero'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { invalidateOnChange, invalidateOnDelete } from '../../site/cache-invalidation'
import { layoutBlocks } from '../blocks'
import { previewUrl } from '../preview/preview-url'
import { computePagePath, moveSubPages } from './page-path'

export const Pages: CollectionConfig = {
  slug: 'pages',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'path', '_status', 'updatedAt'],
    group: 'Content',
    preview: (doc, { locale }) => previewUrl('pages', doc, locale),
  },
  access: {
    read: publishedOrStaff,
    create: canEditContent,
    update: canEditContent,
    delete: canEditContent,
    readVersions: canEditContent,
  },
  versions: {
    drafts: { autosave: { interval: 1500 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeChange: [computePagePath],
    afterChange: [moveSubPages, invalidateOnChange('pages')],
    afterDelete: [invalidateOnDelete('pages')],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    heroField,
    { name: 'layout', type: 'blocks', blocks: layoutBlocks, localized: true },
    slugField(),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      admin: { position: 'sidebar', description: 'Nest this page under another, e.g. "Slavery today".' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'path',
      type: 'text',
      unique: true,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'The address on the site, worked out from the parent and slug.' },
    },
    seoFields,
  ],
}
