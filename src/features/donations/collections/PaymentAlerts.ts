import type { CollectionConfig } from 'payload'
import { canManageSupporters, hiddenFromOtherStaff, nobody } from '../../updates/access'

export const paymentAlertsSlug = 'payment-alerts'

/**
 * A burst of donation attempts, the mark of card testing: recorded here (and e-mailed to admins
 * and fundraisers) so staff can look at Stripe's dashboard and, if need be, raise the minimum gift.
 */
export const PaymentAlerts: CollectionConfig = {
  slug: paymentAlertsSlug,
  labels: { singular: 'Payment alert', plural: 'Payment alerts' },
  admin: { group: 'Donations', useAsTitle: 'summary', defaultColumns: ['summary', 'createdAt'], hidden: hiddenFromOtherStaff },
  access: { read: canManageSupporters, create: nobody, update: nobody, delete: canManageSupporters },
  defaultSort: '-createdAt',
  fields: [
    { name: 'summary', type: 'text', required: true },
    { name: 'attempts', type: 'number', required: true },
    { name: 'windowMinutes', type: 'number', required: true },
  ],
  timestamps: true,
}
