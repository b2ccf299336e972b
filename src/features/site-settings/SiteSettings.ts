import type { GlobalConfig } from 'payload'
import { isAdmin } from '../../access/roles'
import { linkFields } from '../../fields/link'
import { invalidateGlobal } from '../../site/cache-invalidation'
import { donationSettingsFields } from '../donations/settings-fields'
import { helplineSettingsFields } from '../get-help/settings-fields'
import { quickExitSettingsFields } from '../quick-exit/settings-fields'
import { interestsSettingsFields } from '../updates/interests-settings-field'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: { group: 'Settings' },
  access: { read: () => true, update: isAdmin },
  hooks: { afterChange: [invalidateGlobal('site-settings')] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'charityName', type: 'text', required: true, maxLength: 120, admin: { width: '50%' } },
        {
          name: 'charityNumber',
          type: 'text',
          required: true,
          maxLength: 40,
          admin: { width: '50%', description: 'Registered charity number, shown in the footer.' },
        },
      ],
    },
    { name: 'tagline', type: 'text', localized: true, maxLength: 160 },
    {
      name: 'navigation',
      type: 'array',
      maxRows: 8,
      admin: { description: 'Main menu, in order. "Sign up for updates" and "Donate" are always shown beside it.' },
      fields: linkFields(),
    },
    {
      name: 'footer',
      type: 'group',
      fields: [
        { name: 'text', type: 'textarea', localized: true, maxLength: 600 },
        { name: 'links', type: 'array', maxRows: 12, fields: linkFields() },
        { name: 'address', type: 'textarea', maxLength: 300, admin: { description: 'Registered office address.' } },
      ],
    },
    ...helplineSettingsFields,
    ...quickExitSettingsFields,
    ...interestsSettingsFields,
    ...donationSettingsFields,
  ],
}
