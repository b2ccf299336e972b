import type { Field } from 'payload'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

/** The last part of a page's address; filled from the title when left empty. */
export const slugField = (options: { unique?: boolean } = {}): Field => ({
  unique: options.unique ?? false,
  name: 'slug',
  type: 'text',
  index: true,
  maxLength: 80,
  admin: { position: 'sidebar', description: 'The last part of the address: lower-case words joined by hyphens.' },
  hooks: {
    beforeValidate: [
      ({ value, siblingData }) =>
        typeof value === 'string' && value.trim() ? value.trim() : slugify(String(siblingData.title ?? '')),
    ],
  },
  validate: (value: string | null | undefined) =>
    value && slugPattern.test(value) ? true : 'Use lower-case letters, numbers and hyphens, like "human-trafficking".',
})
