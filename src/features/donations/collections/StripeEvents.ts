import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../access/roles'
import { hiddenFromOtherStaff, nobody } from '../../updates/access'

export const stripeEventsSlug = 'stripe-events'

/**
 * Every Stripe webhook event handled, by its id (unique): a second delivery of the same event
 * finds its row and changes nothing. Kept for the audit trail; no personal data.
 */
export const StripeEvents: CollectionConfig = {
  slug: stripeEventsSlug,
  labels: { singular: 'Stripe event', plural: 'Stripe events' },
  admin: { group: 'Donations', useAsTitle: 'eventId', defaultColumns: ['eventId', 'type', 'objectId', 'createdAt'], hidden: hiddenFromOtherStaff },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'eventId', type: 'text', required: true, unique: true },
    { name: 'type', type: 'text', required: true, index: true },
    { name: 'objectId', type: 'text', index: true, admin: { description: 'The Checkout Session, invoice, subscription or charge it was about.' } },
  ],
  timestamps: true,
}
