import type { CollectionConfig } from 'payload'
import { canManageSupporters, hiddenFromOtherStaff, nobody } from '../../updates/access'

export const deliveriesSlug = 'update-deliveries'

export const deliveryStatuses = ['queued', 'sent', 'failed', 'bounced', 'skipped'] as const
export type DeliveryStatus = (typeof deliveryStatuses)[number]

/** One message of one update to one supporter: "update:<updateId>:<supporterId>". */
export const deliveryKey = (updateId: number | string, supporterId: number | string): string => `update:${updateId}:${supporterId}`

/**
 * A row per recipient of an update, created when sending starts. The unique key makes sending
 * the same update to the same person twice impossible; the status is the send's progress and
 * survives a crash (decision 013). Only the system writes here.
 */
export const UpdateDeliveries: CollectionConfig = {
  slug: deliveriesSlug,
  labels: { singular: 'Update delivery', plural: 'Update deliveries' },
  admin: {
    group: 'Supporters',
    defaultColumns: ['update', 'supporter', 'status', 'attempts', 'sentAt'],
    description: 'Who each update went to, and what the mail server said. Reasons for failures and bounces are in each row.',
    hidden: hiddenFromOtherStaff,
  },
  defaultSort: '-createdAt',
  access: { read: canManageSupporters, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['update', 'status'] }],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'update', type: 'relationship', relationTo: 'updates', required: true, index: true, admin: { width: '50%' } },
        { name: 'supporter', type: 'relationship', relationTo: 'supporters', required: true, index: true, admin: { width: '50%' } },
      ],
    },
    { name: 'key', type: 'text', required: true, unique: true, maxLength: 80, admin: { description: 'One message per update and supporter.' } },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'queued',
          options: deliveryStatuses.map((value) => ({ value, label: value[0]?.toUpperCase() + value.slice(1) })),
          admin: { width: '25%' },
        },
        { name: 'attempts', type: 'number', defaultValue: 0, min: 0, admin: { width: '25%' } },
        { name: 'nextAttemptAt', type: 'date', admin: { width: '25%', date: { pickerAppearance: 'dayAndTime' }, description: 'When a failed attempt is retried.' } },
        { name: 'sentAt', type: 'date', admin: { width: '25%', date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'deliveredVia',
          type: 'select',
          options: [
            { label: 'SMTP', value: 'smtp' },
            { label: 'Development outbox (not sent)', value: 'outbox' },
          ],
          admin: { width: '50%' },
        },
        { name: 'messageId', type: 'text', admin: { width: '50%' } },
      ],
    },
    { name: 'lastError', type: 'textarea', admin: { description: 'What the mail server answered (addresses removed), or why it was skipped.' } },
  ],
}
