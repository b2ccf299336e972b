import type { CollectionConfig } from 'payload'
import { canManageSupporters, hiddenFromOtherStaff, nobody, secretField } from '../../updates/access'
import { regularGiftStatuses } from '../model'
import { attributionFields, donorFields, returnTokenField } from './donor-fields'

export const regularGiftsSlug = 'regular-gifts'

/**
 * A monthly gift: one Stripe subscription. Each month's payment is a row in Donations pointing
 * here. The donor manages or cancels it through Stripe's billing portal, from a link in every
 * receipt (no account needed).
 */
export const RegularGifts: CollectionConfig = {
  slug: regularGiftsSlug,
  labels: { singular: 'Monthly gift', plural: 'Monthly gifts' },
  admin: {
    group: 'Donations',
    useAsTitle: 'email',
    defaultColumns: ['amountPence', 'status', 'firstName', 'lastName', 'startedAt', 'cancelledAt'],
    hidden: hiddenFromOtherStaff,
  },
  access: { read: canManageSupporters, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'amountPence', label: 'Amount each month (pence)', type: 'number', required: true, min: 1, admin: { width: '25%' } },
        { name: 'status', type: 'select', required: true, defaultValue: 'pending', index: true, options: [...regularGiftStatuses], admin: { width: '25%' } },
        { name: 'startedAt', type: 'date', admin: { width: '25%' } },
        { name: 'cancelledAt', type: 'date', admin: { width: '25%' } },
      ],
    },
    ...donorFields,
    ...attributionFields,
    { name: 'giftAid', label: 'Gift Aid declaration', type: 'relationship', relationTo: 'gift-aid-declarations' },
    {
      type: 'collapsible',
      label: 'Stripe',
      admin: { initCollapsed: true },
      fields: [
        { name: 'checkoutSessionId', type: 'text', unique: true },
        { name: 'subscriptionId', type: 'text', unique: true },
        { name: 'customerId', type: 'text' },
      ],
    },
    // The manage link in receipts is derived from this key and the server secret (like the updates links).
    { name: 'manageKey', type: 'text', unique: true, access: { read: secretField }, admin: { hidden: true } },
    { name: 'manageTokenHash', type: 'text', index: true, access: { read: secretField }, admin: { hidden: true } },
    returnTokenField,
  ],
  timestamps: true,
}
