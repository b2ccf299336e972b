import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { canEditContent, publishedOrStaff } from '../../access/roles'
import { heroField } from '../../fields/hero'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { invalidateOnChange, invalidateOnDelete } from '../../site/cache-invalidation'
import { layoutBlocks } from '../blocks'

export const campaignsSlug = 'campaigns'

/**
 * Each signature records the petition wording version it was given; changing the petition text
 * starts a new version, so a delivered list never claims support for words people did not see.
 */
const bumpPetitionVersion: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const previous = originalDoc as { petitionText?: unknown; petitionVersion?: number } | undefined
  if (operation === 'update' && typeof previous?.petitionText === 'string' && typeof data.petitionText === 'string' && data.petitionText !== previous.petitionText) {
    data.petitionVersion = (previous.petitionVersion ?? 1) + 1
  }
  return data
}

export const Campaigns: CollectionConfig = {
  slug: campaignsSlug,
  labels: { singular: 'Campaign', plural: 'Campaigns' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'deadline', '_status'],
    group: 'Content',
  },
  access: {
    read: publishedOrStaff,
    create: canEditContent,
    update: canEditContent,
    delete: canEditContent,
    readVersions: canEditContent,
  },
  versions: { drafts: { autosave: { interval: 1500 }, schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeChange: [bumpPetitionVersion],
    afterChange: [invalidateOnChange('campaigns')],
    afterDelete: [invalidateOnDelete('campaigns')],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 400, admin: { description: 'One or two sentences for the list of campaigns.' } },
    heroField,
    { name: 'layout', type: 'blocks', blocks: layoutBlocks, localized: true },
    {
      type: 'collapsible',
      label: 'Petition',
      fields: [
        { name: 'target', type: 'text', required: true, maxLength: 200, admin: { description: 'Who the petition is addressed to, e.g. "The Home Secretary".' } },
        { name: 'petitionText', type: 'textarea', required: true, localized: true, maxLength: 2000 },
        { name: 'petitionVersion', type: 'number', defaultValue: 1, min: 1, admin: { readOnly: true, position: 'sidebar', description: 'Goes up when the petition text changes.' } },
        { name: 'signatureGoal', type: 'number', required: true, min: 1, defaultValue: 1000 },
        { name: 'deadline', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'After this moment the petition stops taking signatures.' } },
      ],
    },
    {
      // Signatures per day and the delivery list (CSV or printable), for admins and fundraisers.
      name: 'signatureReport',
      type: 'ui',
      admin: { components: { Field: '/features/campaigns/admin/SignatureReport#SignatureReport' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      // The default PostgreSQL type name (enum_campaigns_status) is the one drafts use for `_status`.
      enumName: ({ tableName }) => `enum_${tableName}_campaign_status`,
      options: [
        { label: 'Open', value: 'open' },
        { label: 'Closed', value: 'closed' },
        { label: 'Won', value: 'won' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'outcome', type: 'textarea', localized: true, maxLength: 2000, admin: { description: 'What happened: shown instead of the form once the campaign is closed or won.' } },
    slugField({ unique: true }),
    seoFields,
  ],
}
