import { APIError, type CollectionConfig } from 'payload'
import { canManageSupporters, hiddenFromOtherStaff } from '../../updates/access'
import { fillClaim, fixSchedule, releaseClaim } from '../claims'
import { claimEndpoints } from '../staff/claim-endpoints'

export const giftAidClaimsSlug = 'gift-aid-claims'

export const claimStatuses = ['prepared', 'claimed'] as const

/**
 * A Gift Aid claim to HMRC. Preparing one takes up to 1,000 claimable donations (HMRC's limit
 * per schedule) and ties each to this claim, so no donation can be in two claims. Staff download
 * the schedule, submit it in Charities Online, then record HMRC's reference here: from then on
 * the claim is fixed. A prepared claim that is deleted gives its donations back.
 */
export const GiftAidClaims: CollectionConfig = {
  slug: giftAidClaimsSlug,
  labels: { singular: 'Gift Aid claim', plural: 'Gift Aid claims' },
  admin: {
    group: 'Donations',
    useAsTitle: 'label',
    defaultColumns: ['label', 'status', 'donationCount', 'totalPence', 'reference', 'claimedAt'],
    description: 'Create a claim to gather the donations ready for Gift Aid, download its schedule for HMRC, then record the reference HMRC gives you.',
    hidden: hiddenFromOtherStaff,
  },
  access: { read: canManageSupporters, create: canManageSupporters, update: canManageSupporters, delete: canManageSupporters },
  defaultSort: '-createdAt',
  hooks: {
    beforeChange: [
      ({ data, originalDoc, operation }) => {
        const before = originalDoc as { status?: string; reference?: string | null } | undefined
        if (operation === 'create') return { ...data, status: 'prepared', reference: null, claimedAt: null, label: `Claim of ${new Date().toISOString().slice(0, 10)}` }
        if (before?.status === 'claimed') throw new APIError('This claim has been sent to HMRC and can no longer change.', 400, undefined, true)
        if (data.status === 'claimed') {
          const reference = typeof data.reference === 'string' ? data.reference.trim() : ''
          if (!reference) throw new APIError('Enter the reference HMRC gave this claim before marking it as claimed.', 400, undefined, true)
          return { ...data, reference, claimedAt: new Date().toISOString() }
        }
        return data
      },
    ],
    afterChange: [
      async ({ doc, operation, req }) => {
        const claim = doc as { id: number }
        if (operation === 'create') return { ...claim, ...(await fillClaim(req.payload, claim.id, req)) }
        return claim
      },
      // Claimed without a download first: the schedule is fixed now.
      async ({ doc, operation, req }) => {
        const claim = doc as { id: number; status?: string; schedule?: unknown }
        if (operation === 'update' && claim.status === 'claimed' && !claim.schedule) await fixSchedule(req.payload, claim.id, req)
        return claim
      },
    ],
    beforeDelete: [
      async ({ id, req }) => {
        const claim = await req.payload.findByID({ collection: giftAidClaimsSlug, id, depth: 0, overrideAccess: true, req })
        if (claim.status === 'claimed') throw new APIError('A claim sent to HMRC is kept as a record and cannot be deleted.', 400, undefined, true)
        if (claim.downloadedAt) throw new APIError('This claim’s schedule has been downloaded and may be with HMRC: record its reference and mark it as claimed instead.', 400, undefined, true)
        await releaseClaim(req.payload, id, req)
      },
    ],
  },
  fields: [
    { name: 'label', type: 'text', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', required: true, defaultValue: 'prepared', options: [...claimStatuses], admin: { width: '33%' } },
        { name: 'reference', label: 'HMRC reference', type: 'text', unique: true, maxLength: 40, admin: { width: '33%' } },
        { name: 'claimedAt', type: 'date', admin: { readOnly: true, width: '33%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'donationCount', type: 'number', defaultValue: 0, admin: { readOnly: true, width: '33%' } },
        { name: 'totalPence', label: 'Donations (pence)', type: 'number', defaultValue: 0, admin: { readOnly: true, width: '33%' } },
        { name: 'giftAidPence', label: 'Gift Aid to reclaim (pence)', type: 'number', defaultValue: 0, admin: { readOnly: true, width: '33%' } },
      ],
    },
    { name: 'downloads', type: 'ui', admin: { components: { Field: '/features/donations/admin/ClaimDownloads#ClaimDownloads' } } },
    {
      name: 'downloadedAt',
      label: 'Schedule first downloaded',
      type: 'date',
      admin: { readOnly: true, description: 'From then on the schedule is fixed: later refunds and cancellations are flagged on the donation instead of changing it.' },
    },
    // The rows as first downloaded (or as claimed), served again on every later download.
    { name: 'schedule', type: 'json', admin: { hidden: true } },
  ],
  endpoints: claimEndpoints,
  timestamps: true,
}
