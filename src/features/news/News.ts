import type { CollectionConfig } from 'payload'
import { canEditContent, publishedOrStaff } from '../../access/roles'
import { heroField } from '../../fields/hero'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { invalidateOnChange, invalidateOnDelete } from '../../site/cache-invalidation'
import { layoutBlocks } from '../blocks'
import { previewUrl } from '../preview/preview-url'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: 'News item', plural: 'News' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedOn', '_status'],
    group: 'Content',
    preview: (doc, { locale }) => previewUrl('news', doc, locale),
  },
  access: {
    read: publishedOrStaff,
    create: canEditContent,
    update: canEditContent,
    delete: canEditContent,
    readVersions: canEditContent,
  },
  defaultSort: '-publishedOn',
  versions: {
    drafts: { autosave: { interval: 1500 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    afterChange: [invalidateOnChange('news')],
    afterDelete: [invalidateOnDelete('news')],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    {
      type: 'row',
      fields: [
        {
          name: 'publishedOn',
          type: 'date',
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly' } },
        },
        { name: 'author', type: 'text', maxLength: 120, admin: { width: '50%', description: 'Name shown under the title.' } },
      ],
    },
    heroField,
    { name: 'layout', type: 'blocks', blocks: layoutBlocks, localized: true },
    slugField({ unique: true }),
    seoFields,
  ],
}
