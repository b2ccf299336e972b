import type { Block } from 'payload'

/** The sign-up form on a page; its wording and topics come from Consent wording and Site settings. */
export const SignUpFormBlock: Block = {
  slug: 'signUpForm',
  interfaceName: 'SignUpFormBlock',
  labels: { singular: 'Sign-up form', plural: 'Sign-up forms' },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 120, admin: { description: 'Leave empty for “Sign up for updates”.' } },
    { name: 'text', type: 'textarea', localized: true, maxLength: 400 },
  ],
}
