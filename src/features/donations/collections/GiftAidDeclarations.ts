import { APIError, type CollectionBeforeChangeHook, type CollectionConfig, type FieldAccess } from 'payload'
import { hasRole } from '../../../access/roles'
import { canManageSupporters, hiddenFromOtherStaff, nobody } from '../../updates/access'
import { declarationCancelled } from '../claims'
import { declarationScopes } from '../model'

export const giftAidDeclarationsSlug = 'gift-aid-declarations'

const fixed: FieldAccess = () => false
const cancellable: FieldAccess = ({ req }) => hasRole('admin', 'fundraiser')(req)

/**
 * A declaration is evidence for HMRC: what the donor declared, on which wording, when. Staff can
 * record a cancellation (effective from its date; earlier claims stand) but never rewrite one,
 * and a cancellation cannot be undone or moved.
 */
const cancellationIsFinal: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update') return data
  const before = (originalDoc as { cancelledAt?: string | null } | undefined)?.cancelledAt
  if (before && data.cancelledAt !== undefined && data.cancelledAt !== before) {
    throw new APIError('This declaration is already cancelled; a cancellation cannot be changed.', 400, undefined, true)
  }
  if (!before && data.cancelledAt && new Date(String(data.cancelledAt)).getTime() > Date.now() + 60_000) {
    throw new APIError('A cancellation takes effect from today or an earlier date the donor told you, not a future one.', 400, undefined, true)
  }
  return data
}

export const GiftAidDeclarations: CollectionConfig = {
  slug: giftAidDeclarationsSlug,
  labels: { singular: 'Gift Aid declaration', plural: 'Gift Aid declarations' },
  admin: {
    group: 'Donations',
    useAsTitle: 'lastName',
    defaultColumns: ['firstName', 'lastName', 'postcode', 'scope', 'declaredAt', 'cancelledAt'],
    description: 'Keep declarations for six years after the last donation claimed. To cancel one, set the date the donor told you.',
    hidden: hiddenFromOtherStaff,
  },
  access: { read: canManageSupporters, create: nobody, update: canManageSupporters, delete: nobody },
  defaultSort: '-declaredAt',
  hooks: {
    beforeChange: [cancellationIsFinal],
    afterChange: [
      async ({ doc, previousDoc, operation, req }) => {
        const now = doc as { id: number; cancelledAt?: string | null }
        const before = previousDoc as { cancelledAt?: string | null } | undefined
        if (operation === 'update' && now.cancelledAt && !before?.cancelledAt) await declarationCancelled(req.payload, now.id, now.cancelledAt, req)
        return now
      },
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', maxLength: 20, access: { update: fixed }, admin: { width: '15%' } },
        { name: 'firstName', type: 'text', required: true, maxLength: 80, access: { update: fixed }, admin: { width: '35%' } },
        { name: 'lastName', type: 'text', required: true, maxLength: 80, access: { update: fixed }, admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'houseNameOrNumber', type: 'text', required: true, maxLength: 80, access: { update: fixed }, admin: { width: '50%' } },
        { name: 'postcode', type: 'text', required: true, maxLength: 10, access: { update: fixed }, admin: { width: '25%' } },
        { name: 'email', type: 'text', required: true, maxLength: 254, index: true, access: { update: fixed }, admin: { width: '25%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'scope',
          type: 'select',
          required: true,
          options: [...declarationScopes],
          access: { update: fixed },
          admin: { width: '33%', description: 'single: the one donation; enduring: this one, future ones and those of the past four years.' },
        },
        { name: 'declaredAt', type: 'date', required: true, index: true, access: { update: fixed }, admin: { width: '33%', date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'wordingVersion', type: 'text', required: true, maxLength: 40, access: { update: fixed }, admin: { width: '33%' } },
      ],
    },
    { name: 'wording', label: 'Declaration as shown', type: 'textarea', required: true, access: { update: fixed }, admin: { readOnly: true } },
    { name: 'locale', type: 'text', required: true, maxLength: 5, access: { update: fixed } },
    {
      type: 'row',
      fields: [
        {
          name: 'cancelledAt',
          type: 'date',
          index: true,
          access: { update: cancellable },
          admin: { width: '50%', description: 'From this date no donation is claimed under this declaration. Donations before it stay claimable.' },
        },
        { name: 'cancellationNote', type: 'text', maxLength: 200, access: { update: cancellable }, admin: { width: '50%', description: 'How the donor told you, e.g. "phoned 3 March".' } },
      ],
    },
  ],
  timestamps: true,
}
