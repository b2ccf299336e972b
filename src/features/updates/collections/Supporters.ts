import type { CollectionConfig } from 'payload'
import { locales } from '../../../site/locales'
import { canManageSupporters, hiddenFromOtherStaff, managesSupporters, nobody, secretField } from '../access'
import { supporterEndpoints } from '../staff/endpoints'

export const supportersSlug = 'supporters'

export const supporterStatuses = ['pending', 'subscribed', 'unsubscribed', 'erased'] as const
export type SupporterStatus = (typeof supporterStatuses)[number]

export const Supporters: CollectionConfig = {
  slug: supportersSlug,
  labels: { singular: 'Supporter', plural: 'Supporters' },
  admin: {
    group: 'Supporters',
    useAsTitle: 'email',
    defaultColumns: ['email', 'firstName', 'status', 'locale', 'createdAt'],
    description: 'People who signed up for updates. Each one’s consent history is at the bottom of their record.',
    hidden: hiddenFromOtherStaff,
    components: { beforeListTable: ['/features/updates/admin/ExportCsvLink#ExportCsvLink'] },
  },
  access: { read: canManageSupporters, create: nobody, update: nobody, delete: nobody },
  endpoints: supporterEndpoints,
  defaultSort: '-createdAt',
  fields: [
    // text, not email: Payload's e-mail check refuses internationalised addresses.
    { name: 'email', type: 'text', maxLength: 254, admin: { readOnly: true } },
    { name: 'emailKey', type: 'text', unique: true, maxLength: 254, access: { read: secretField }, admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', maxLength: 80, admin: { readOnly: true, width: '50%' } },
        {
          name: 'locale',
          type: 'select',
          required: true,
          options: locales.map(({ code, englishName }) => ({ label: englishName, value: code })),
          admin: { readOnly: true, width: '25%', description: 'The language they signed up in; e-mails use it.' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'pending',
          options: supporterStatuses.map((value) => ({ label: value[0]?.toUpperCase() + value.slice(1), value })),
          admin: { readOnly: true, width: '25%' },
        },
      ],
    },
    { name: 'interests', type: 'json', admin: { readOnly: true, description: 'Topics chosen (ids from Site settings).' } },
    {
      type: 'row',
      fields: [
        { name: 'confirmedAt', type: 'date', admin: { readOnly: true, width: '33%' } },
        { name: 'unsubscribedAt', type: 'date', admin: { readOnly: true, width: '33%' } },
        { name: 'erasedAt', type: 'date', admin: { readOnly: true, width: '33%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        // Set when a mail server refuses the address outright (5xx): nothing more is sent to it.
        { name: 'bouncing', type: 'checkbox', defaultValue: false, index: true, admin: { readOnly: true, width: '33%', description: 'The address refused an update: no more are sent to it.' } },
        { name: 'bouncedAt', type: 'date', admin: { readOnly: true, width: '33%' } },
        { name: 'bounceReason', type: 'text', maxLength: 1000, admin: { readOnly: true, width: '33%', description: 'What the mail server answered.' } },
      ],
    },
    { name: 'confirmTokenHash', type: 'text', index: true, access: { read: secretField }, admin: { hidden: true } },
    { name: 'confirmTokenExpiresAt', type: 'date', access: { read: secretField }, admin: { hidden: true } },
    { name: 'manageKey', type: 'text', access: { read: secretField }, admin: { hidden: true } },
    { name: 'manageTokenHash', type: 'text', unique: true, access: { read: secretField }, admin: { hidden: true } },
    { name: 'suppressionHash', type: 'text', index: true, access: { read: secretField }, admin: { hidden: true } },
    {
      name: 'actions',
      type: 'ui',
      admin: {
        condition: (data) => Boolean(data?.id) && data?.status !== 'erased',
        components: { Field: '/features/updates/admin/SupporterActions#SupporterActions' },
      },
    },
    {
      name: 'consents',
      type: 'join',
      collection: 'consents',
      on: 'supporter',
      defaultSort: '-createdAt',
      admin: { defaultColumns: ['kind', 'wordingVersion', 'form', 'pagePath', 'locale', 'createdAt'] },
      access: { read: ({ req }) => managesSupporters(req) },
    },
    {
      name: 'updateDeliveries',
      label: 'Updates sent',
      type: 'join',
      collection: 'update-deliveries',
      on: 'supporter',
      defaultSort: '-createdAt',
      admin: { defaultColumns: ['update', 'status', 'attempts', 'sentAt', 'lastError'] },
      access: { read: ({ req }) => managesSupporters(req) },
    },
  ],
}
