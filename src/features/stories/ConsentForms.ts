import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { canEditContent } from '../../access/roles'
import { env } from '../../env'
import { safeUpload } from '../media/safe-upload'
import { stripImageMetadata } from '../media/strip-metadata'

/**
 * Signed consent forms: private files. Stored outside DATA_DIR/media so the site's /media route
 * cannot reach them, and readable (through the authenticated API) by admins and editors only.
 */
export const ConsentForms: CollectionConfig = {
  slug: 'consent-forms',
  labels: { singular: 'Consent form', plural: 'Consent forms' },
  admin: { useAsTitle: 'filename', group: 'Stories', description: 'Signed consent forms. Private: never shown on the site.' },
  access: {
    read: canEditContent,
    create: canEditContent,
    update: canEditContent,
    delete: canEditContent,
  },
  hooks: { beforeOperation: [safeUpload(['pdf', 'jpeg', 'png']), stripImageMetadata] },
  upload: {
    staticDir: path.resolve(env().DATA_DIR, 'private', 'consent-forms'),
    mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  },
  fields: [{ name: 'note', type: 'text', maxLength: 200, admin: { description: 'e.g. "Signed in person, Hanoi office".' } }],
}
