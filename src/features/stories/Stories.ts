import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { canEditContent } from '../../access/roles'
import { slugField, slugify } from '../../fields/slug'
import { invalidateOnDelete } from '../../site/cache-invalidation'
import { consentCoversWebWhere, consentScopes } from './consent'
import { exploitationForms } from './exploitation-forms'
import { takeDownWithoutConsent } from './take-down'
import { validateConsent } from './validate-consent'

/**
 * A survivor's story. Whether it may be shown is decided by its consent record, not by the editor:
 * publishing is refused without web consent, and losing consent takes it down everywhere.
 */
/** The public API sees a story only while it is published and its consent covers the web. */
const readStories: Access = ({ req }) => (req.user ? true : { and: [{ _status: { equals: 'published' } }, consentCoversWebWhere()] })
/**
 * The signed form is for staff only. The dates and scope stay readable: the site decides from
 * them, on every render, whether a teaser may show.
 */
const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)

export const Stories: CollectionConfig = {
  slug: 'stories',
  labels: { singular: 'Story', plural: 'Stories' },
  admin: { useAsTitle: 'displayName', defaultColumns: ['displayName', 'country', '_status', 'updatedAt'], group: 'Stories' },
  access: {
    read: readStories,
    create: canEditContent,
    update: canEditContent,
    delete: canEditContent,
    readVersions: canEditContent,
  },
  // No autosave: a change to consent must be saved (and checked) on purpose.
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    // The slug field fills itself from a title; a story has a display name instead.
    beforeValidate: [({ data }) => (data && !data.slug && typeof data.displayName === 'string' ? { ...data, slug: slugify(data.displayName) } : data)],
    beforeChange: [validateConsent],
    afterChange: [takeDownWithoutConsent],
    afterDelete: [invalidateOnDelete('stories')],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'displayName', type: 'text', required: true, maxLength: 80, admin: { width: '50%', description: 'The name readers see, e.g. "Hai".' } },
        {
          name: 'nameChanged',
          type: 'checkbox',
          defaultValue: true,
          admin: { width: '50%', description: 'Shows the name as "Hai*" with a note that it was changed to protect the person.' },
        },
      ],
    },
    slugField({ unique: true }),
    { name: 'portrait', type: 'upload', relationTo: 'media', admin: { description: 'Never a photo that could identify the person or where it was taken.' } },
    { name: 'pullQuote', type: 'textarea', required: true, localized: true, maxLength: 300 },
    { name: 'contentWarning', type: 'text', localized: true, maxLength: 200, admin: { description: 'Optional. Shown before the story, e.g. "Mentions sexual violence".' } },
    { name: 'body', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'country', type: 'text', maxLength: 80, admin: { width: '50%' } },
        {
          name: 'formOfExploitation',
          type: 'select',
          required: true,
          index: true,
          options: exploitationForms.map((value) => ({ value, label: value.replace(/-/g, ' ') })),
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      admin: { description: 'The person\'s consent decides where this story may appear. It is checked on every save and every day.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'givenOn', type: 'date', admin: { width: '33%', date: { pickerAppearance: 'dayOnly' } } },
            { name: 'reviewBy', type: 'date', index: true, admin: { width: '33%', date: { pickerAppearance: 'dayOnly' } } },
            { name: 'withdrawnOn', type: 'date', admin: { width: '33%', date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
        {
          name: 'scope',
          type: 'select',
          hasMany: true,
          options: [
            { value: consentScopes[0], label: 'Website' },
            { value: consentScopes[1], label: 'Social media' },
            { value: consentScopes[2], label: 'Print' },
            { value: consentScopes[3], label: 'Fundraising e-mail' },
          ],
        },
        { name: 'signedForm', type: 'upload', relationTo: 'consent-forms', access: { read: staffOnly }, admin: { description: 'The signed form. Private: only admins and editors can open it.' } },
        { name: 'reviewReminderSentFor', type: 'date', access: { read: staffOnly }, admin: { hidden: true } },
      ],
    },
  ],
}
