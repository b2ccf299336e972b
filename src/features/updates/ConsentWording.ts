import type { GlobalConfig } from 'payload'
import { invalidateGlobal } from '../../site/cache-invalidation'
import { canManageSupporters, hiddenFromOtherStaff } from './access'
import { forgetCurrentWording } from './consent-wording'

export const consentWordingSlug = 'consent-wording'

/**
 * What a person is told when they sign up. Every save is kept as an immutable version (Payload's
 * versions, never pruned); the form carries the id of the version it showed and the ledger records
 * it, so the charity can show exactly what each person read.
 */
export const ConsentWording: GlobalConfig = {
  slug: consentWordingSlug,
  label: 'Consent wording',
  admin: {
    group: 'Supporters',
    description: 'Shown on every sign-up form. Each save becomes a new version; earlier ones stay in Versions.',
    hidden: hiddenFromOtherStaff,
  },
  access: { read: () => true, update: canManageSupporters, readVersions: canManageSupporters },
  versions: { max: 0 },
  // Every page's footer has the form, so a new wording drops every cached page.
  hooks: {
    afterChange: [
      ({ doc }: { doc: unknown }) => {
        forgetCurrentWording()
        return doc
      },
      invalidateGlobal('site-settings'),
      invalidateGlobal(consentWordingSlug),
    ],
  },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 1000,
      admin: { description: 'Plain words: what you will send, how often, and that they can leave at any time.' },
    },
  ],
}
