import { APIError, type CollectionConfig } from 'payload'
import { canManageSupporters, hiddenFromOtherStaff, nobody } from '../access'

export const consentsSlug = 'consents'

export const consentKinds = ['signup', 'confirmation', 'preferences', 'withdrawal', 'resubscription', 'erasure', 'expiry'] as const
export type ConsentKind = (typeof consentKinds)[number]

const appendOnly = 'The consent ledger is append-only: entries cannot be changed or deleted.'

/**
 * The consent ledger: what each person agreed to or withdrew, when, where and on which wording.
 * Append-only for everyone: no access rule allows update or delete, and hooks refuse them even
 * for the system. Entries hold no personal data themselves (the supporter's record does), so
 * erasing a supporter anonymises their entries without rewriting them.
 */
export const Consents: CollectionConfig = {
  slug: consentsSlug,
  labels: { singular: 'Consent record', plural: 'Consent ledger' },
  admin: {
    group: 'Supporters',
    defaultColumns: ['kind', 'supporter', 'wordingVersion', 'form', 'pagePath', 'createdAt'],
    description: 'Every sign-up, confirmation, preference change and withdrawal. Entries cannot be edited or deleted.',
    hidden: hiddenFromOtherStaff,
  },
  access: { read: canManageSupporters, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  hooks: {
    beforeChange: [
      ({ operation, data }) => {
        if (operation !== 'create') throw new APIError(appendOnly, 403)
        return data
      },
    ],
    beforeDelete: [
      () => {
        throw new APIError(appendOnly, 403)
      },
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: consentKinds.map((value) => ({ label: value, value })),
          admin: { readOnly: true, width: '25%' },
        },
        { name: 'supporter', type: 'relationship', relationTo: 'supporters', index: true, admin: { readOnly: true, width: '50%' } },
        {
          name: 'wordingVersion',
          type: 'number',
          admin: { readOnly: true, width: '25%', description: 'The consent wording version shown (Consent wording → Versions).' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'form', type: 'text', maxLength: 40, admin: { readOnly: true, width: '25%', description: 'Which form or link.' } },
        { name: 'pagePath', type: 'text', maxLength: 300, admin: { readOnly: true, width: '50%' } },
        { name: 'locale', type: 'text', maxLength: 8, admin: { readOnly: true, width: '25%' } },
      ],
    },
    { name: 'interests', type: 'json', admin: { readOnly: true, description: 'The topics chosen at this moment.' } },
  ],
}
