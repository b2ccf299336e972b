import type { Field } from 'payload'
import type { SiteSetting } from '../../payload-types'

/** The topics a person may choose at sign-up (Site settings). None is ever ticked for them. */
export const interestsSettingsFields: Field[] = [
  {
    name: 'interests',
    label: 'Sign-up topics',
    type: 'array',
    maxRows: 12,
    admin: { description: 'Topics people can choose when they sign up for updates. Leave empty to ask for none.' },
    fields: [{ name: 'label', type: 'text', required: true, localized: true, maxLength: 80 }],
  },
]

export type Interest = { id: string; label: string }

/** The topics as the form shows them: each row's stable id and its label in the page's language. */
export function interestsOf(settings: SiteSetting): Interest[] {
  const rows = settings.interests ?? []
  return rows.flatMap((row) => (row.id && row.label ? [{ id: row.id, label: row.label }] : []))
}
