import type { CollectionConfig } from 'payload'
import { canManageSupporters, hiddenFromOtherStaff, nobody } from '../../updates/access'
import { donationStatuses, frequencies } from '../model'
import { attributionFields, donorFields, returnTokenField } from './donor-fields'

export const donationsSlug = 'donations'

/**
 * One payment: a one-off gift, or one month of a monthly gift. Rows are written only by the
 * system (the donate form and Stripe's webhooks, Local API with overrideAccess); staff read them.
 * `checkoutSessionId` and `invoiceId` are unique, so however often Stripe tells us about a
 * payment it is one row.
 */
export const Donations: CollectionConfig = {
  slug: donationsSlug,
  labels: { singular: 'Donation', plural: 'Donations' },
  admin: {
    group: 'Donations',
    useAsTitle: 'email',
    defaultColumns: ['amountPence', 'frequency', 'status', 'firstName', 'lastName', 'paidAt', 'giftAid'],
    description: 'Every payment, once. Amounts are in pence. Totals by month and by campaign are above the list.',
    hidden: hiddenFromOtherStaff,
    components: { beforeListTable: ['/features/donations/admin/DonationTotals#DonationTotals'] },
  },
  access: { read: canManageSupporters, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'amountPence', label: 'Amount (pence)', type: 'number', required: true, min: 1, admin: { width: '25%' } },
        { name: 'currency', type: 'text', required: true, defaultValue: 'gbp', maxLength: 3, admin: { width: '15%' } },
        { name: 'frequency', type: 'select', required: true, options: [...frequencies], admin: { width: '20%' } },
        { name: 'status', type: 'select', required: true, defaultValue: 'pending', index: true, options: [...donationStatuses], admin: { width: '20%' } },
        { name: 'paidAt', type: 'date', index: true, admin: { width: '20%', date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    ...donorFields,
    ...attributionFields,
    {
      name: 'giftAid',
      label: 'Gift Aid declaration',
      type: 'relationship',
      relationTo: 'gift-aid-declarations',
      index: true,
      admin: { description: 'Empty: no Gift Aid on this donation.' },
    },
    { name: 'regularGift', label: 'Monthly gift', type: 'relationship', relationTo: 'regular-gifts', index: true },
    {
      type: 'collapsible',
      label: 'Stripe',
      admin: { initCollapsed: true },
      fields: [
        { name: 'checkoutSessionId', type: 'text', unique: true },
        { name: 'invoiceId', type: 'text', unique: true },
        { name: 'paymentIntentId', type: 'text', index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'refundedPence', label: 'Refunded (pence)', type: 'number', defaultValue: 0, min: 0, admin: { width: '33%' } },
        { name: 'refundedAt', type: 'date', admin: { width: '33%' } },
        {
          name: 'claimAdjustment',
          type: 'text',
          admin: { width: '33%', readOnly: true, description: 'Set when a refund or a cancelled declaration came after this donation was sent to HMRC: adjust your next claim.' },
        },
      ],
    },
    { name: 'giftAidClaim', type: 'relationship', relationTo: 'gift-aid-claims', index: true, admin: { description: 'The claim this donation was put in.' } },
    returnTokenField,
  ],
  timestamps: true,
}
