import type { CollectionConfig } from 'payload'
import { canManageSupporters, hiddenFromOtherStaff, nobody, secretField } from '../updates/access'
import { campaignsSlug } from './Campaigns'
import { signatureEndpoints } from './staff/endpoints'

export const signaturesSlug = 'signatures'

/**
 * One person's signature on one campaign. Personal data: admins and fundraisers only; only the
 * system writes (Local API with overrideAccess). `campaignEmail` (campaign id + normalised address)
 * is unique, so the same address can never count twice on a campaign, even under a race.
 */
export const Signatures: CollectionConfig = {
  slug: signaturesSlug,
  labels: { singular: 'Signature', plural: 'Signatures' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['firstName', 'lastName', 'country', 'campaign', 'verified', 'createdAt'],
    group: 'Supporters',
    hidden: hiddenFromOtherStaff,
  },
  access: {
    read: canManageSupporters,
    create: nobody,
    update: nobody,
    delete: canManageSupporters,
  },
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: campaignsSlug, required: true, index: true },
    { name: 'firstName', type: 'text', required: true, maxLength: 80 },
    { name: 'lastName', type: 'text', required: true, maxLength: 80 },
    { name: 'email', type: 'text', required: true, maxLength: 254 },
    { name: 'campaignEmail', type: 'text', unique: true, access: { read: secretField }, admin: { hidden: true } },
    { name: 'country', type: 'text', required: true, maxLength: 2 },
    { name: 'postcode', type: 'text', maxLength: 10 },
    { name: 'petitionVersion', type: 'number', required: true },
    { name: 'locale', type: 'text', required: true, maxLength: 5 },
    { name: 'verified', type: 'checkbox', defaultValue: false, index: true },
    { name: 'verifiedAt', type: 'date' },
    { name: 'confirmTokenHash', type: 'text', index: true, access: { read: secretField }, admin: { hidden: true } },
    { name: 'confirmTokenExpiresAt', type: 'date', access: { read: secretField }, admin: { hidden: true } },
  ],
  endpoints: signatureEndpoints,
  timestamps: true,
}
