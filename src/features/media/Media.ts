import path from 'node:path'
import type { CollectionConfig, FieldAccess } from 'payload'
import { env } from '../../env'
import { canEditContent } from '../../access/roles'
import { invalidateOnChange, invalidateOnDelete } from '../../site/cache-invalidation'
import { responsiveWidths } from './responsive-widths'
import { safeUpload } from './safe-upload'
import { stripImageMetadata } from './strip-metadata'

const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)

export const Media: CollectionConfig = {
  slug: 'media',
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'licenceExpiresOn'],
    group: 'Content',
    // Editors see at a glance which images may no longer be used (issue 5).
    components: { beforeListTable: ['/features/media/admin/LicenceWarnings#LicenceWarnings'] },
  },
  access: {
    read: () => true,
    create: canEditContent,
    update: canEditContent,
    delete: canEditContent,
  },
  hooks: {
    // Checked and renamed first, so nothing unchecked reaches sharp's re-encoding or the disk.
    beforeOperation: [safeUpload(['jpeg', 'png', 'webp', 'avif']), stripImageMetadata],
    afterChange: [invalidateOnChange('media')],
    afterDelete: [invalidateOnDelete('media')],
  },
  upload: {
    // Inside DATA_DIR so that one folder holds everything an install must back up.
    staticDir: path.resolve(env().DATA_DIR, 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    // Payload checks the real type from the file's bytes, not the name the browser sent.
    focalPoint: true,
    imageSizes: responsiveWidths.flatMap((width) => [
      { name: `w${width}webp`, width, withoutEnlargement: true, formatOptions: { format: 'webp' as const, options: { quality: 78 } } },
      { name: `w${width}avif`, width, withoutEnlargement: true, formatOptions: { format: 'avif' as const, options: { quality: 55, effort: 2 } } },
    ]),
    adminThumbnail: 'w480webp',
  },
  fields: [
    {
      name: 'decorative',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Tick only if the image adds nothing a reader would miss: it then gets an empty alt text.' },
    },
    {
      name: 'alt',
      type: 'text',
      localized: true,
      maxLength: 250,
      admin: { description: 'What the image shows, for people who cannot see it. Required unless decorative.' },
      validate: (value: string | null | undefined, { siblingData }: { siblingData: { decorative?: boolean } }) =>
        siblingData.decorative || (value && value.trim().length > 0) ? true : 'Describe the image, or mark it as decorative.',
    },
    { name: 'caption', type: 'text', localized: true, maxLength: 300 },
    {
      name: 'credit',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'Who made the image, shown as "© credit" wherever it appears.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'licence', type: 'text', maxLength: 120, admin: { width: '50%', description: 'e.g. "All rights reserved", "CC BY 4.0".' } },
        {
          name: 'licenceExpiresOn',
          type: 'date',
          index: true,
          admin: {
            width: '50%',
            date: { pickerAppearance: 'dayOnly' },
            description: 'Editors are warned in the list and by e-mail 30 days before.',
            components: { Cell: '/features/media/admin/LicenceExpiryCell#LicenceExpiryCell' },
          },
        },
      ],
    },
    // The expiry date an e-mail warning was last sent for (see licence-reminders.ts): bookkeeping.
    { name: 'licenceReminderSentFor', type: 'date', access: { read: staffOnly }, admin: { hidden: true } },
  ],
}
