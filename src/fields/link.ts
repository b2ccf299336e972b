import type { Field } from 'payload'

/** A safe href: a site path, an http(s) address, mailto: or tel:. Never javascript: or data:. */
export const isSafeHref = (value: string): boolean =>
  /^(\/(?!\/)[^\s]*|https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+\d\s()-]+|#[\w-]+)$/.test(value)

/** A link either to one of our pages or to an address typed by the editor. */
export const linkFields = (options: { labelRequired?: boolean } = {}): Field[] => [
  { name: 'label', type: 'text', required: options.labelRequired ?? true, localized: true, maxLength: 120 },
  {
    name: 'type',
    type: 'radio',
    defaultValue: 'page',
    options: [
      { label: 'A page on this site', value: 'page' },
      { label: 'A web address', value: 'url' },
    ],
    admin: { layout: 'horizontal' },
  },
  {
    name: 'page',
    type: 'relationship',
    relationTo: 'pages',
    admin: { condition: (_, sibling) => sibling?.type !== 'url' },
    validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
      siblingData.type === 'url' || value ? true : 'Choose a page.',
  },
  {
    name: 'url',
    type: 'text',
    maxLength: 500,
    admin: { condition: (_, sibling) => sibling?.type === 'url' },
    validate: (value: string | null | undefined, { siblingData }: { siblingData: { type?: string } }) =>
      siblingData.type !== 'url' || (value && isSafeHref(value)) ? true : 'Enter a path like /donate or an address starting with https://',
  },
]
