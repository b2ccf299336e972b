import type { Field } from 'payload'
import { locales } from '../../../site/locales'
import { secretField } from '../../updates/access'

/** Who gave, in their own words: the same on a one-off donation and on a monthly gift. */
export const donorFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'firstName', type: 'text', required: true, maxLength: 80, admin: { width: '33%' } },
      { name: 'lastName', type: 'text', required: true, maxLength: 80, admin: { width: '33%' } },
      { name: 'email', type: 'text', required: true, maxLength: 254, index: true, admin: { width: '33%' } },
    ],
  },
  {
    name: 'locale',
    type: 'select',
    required: true,
    options: locales.map(({ code, englishName }) => ({ label: englishName, value: code })),
    admin: { description: 'The language of the form: receipts are written in it.' },
  },
]

/** What the gift was for: a campaign's donate banner or an appeal code in the link. */
export const attributionFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true, admin: { width: '50%' } },
      { name: 'appeal', type: 'text', maxLength: 40, index: true, admin: { width: '50%', description: 'Appeal code from the donate link (?appeal=…).' } },
    ],
  },
]

/**
 * The opaque token in Stripe's cancel address, so a person who steps back from Checkout gets
 * their form back as they left it. Stored only as a hash.
 */
export const returnTokenField: Field = { name: 'returnTokenHash', type: 'text', index: true, access: { read: secretField }, admin: { hidden: true } }
