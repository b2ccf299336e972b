import type { Field } from 'payload'
import { asValidator, countryCodeError, emergencyNumberError, helplineNumberError, httpsUrlError } from './validation'

/** The UK line most anti-slavery charities here point to; an operator elsewhere replaces it. */
export const helplineSeed = {
  country: 'GB',
  countryName: 'United Kingdom',
  name: 'Modern Slavery & Exploitation Helpline',
  number: '08000 121 700',
  hours: 'Free, confidential, 24 hours a day, 7 days a week',
  languages: 'English, with interpreters for other languages',
  website: 'https://www.modernslaveryhelpline.org/report',
  emergencyNumber: '999',
}

/** Site settings: the helplines the get-help page shows, one row per country, the main one first. */
export const helplineSettingsFields: Field[] = [
  {
    name: 'helplines',
    type: 'array',
    minRows: 1,
    maxRows: 12,
    defaultValue: [helplineSeed],
    admin: {
      description:
        'Shown on the get-help page as large buttons to call, the first one at the top. One row per country; numbers as people dial them there.',
      initCollapsed: true,
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'country', type: 'text', required: true, maxLength: 2, validate: asValidator(countryCodeError), admin: { width: '20%', description: 'e.g. GB' } },
          { name: 'countryName', type: 'text', required: true, localized: true, maxLength: 80, admin: { width: '30%' } },
          { name: 'name', type: 'text', required: true, localized: true, maxLength: 120, admin: { width: '50%' } },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'number',
            type: 'text',
            required: true,
            maxLength: 24,
            validate: asValidator(helplineNumberError),
            admin: { width: '50%', description: 'As dialled in that country, e.g. 08000 121 700, or with the country code, e.g. +44 8000 121 700.' },
          },
          {
            name: 'emergencyNumber',
            type: 'text',
            required: true,
            maxLength: 6,
            validate: asValidator(emergencyNumberError),
            admin: { width: '50%', description: 'e.g. 999 in the UK, 112 in the EU, 911 in the US.' },
          },
        ],
      },
      { name: 'hours', type: 'text', required: true, localized: true, maxLength: 160, admin: { description: 'e.g. "Free, 24 hours a day, 7 days a week"' } },
      { name: 'languages', type: 'text', localized: true, maxLength: 160, admin: { description: 'The languages callers can speak in.' } },
      {
        name: 'website',
        type: 'text',
        maxLength: 300,
        validate: asValidator((value) => httpsUrlError(value, { required: false })),
        admin: { description: 'Where to report online (https:// address); optional.' },
      },
    ],
  },
]
