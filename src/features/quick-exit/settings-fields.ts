import type { Field } from 'payload'
import { asValidator, httpsUrlError } from '../get-help/validation'

/** GOV.UK's "Exit this page" leaves for BBC Weather: common, harmless, and quick to load. */
export const defaultQuickExitUrl = 'https://www.bbc.co.uk/weather'

/** Site settings: the quick exit and how the get-help pages show in a browser's tabs and history. */
export const quickExitSettingsFields: Field[] = [
  {
    name: 'safety',
    type: 'group',
    label: 'Safety of people at risk',
    admin: { description: 'Pages at /get-help and below always have the quick exit and send no referrer.' },
    fields: [
      {
        name: 'quickExitUrl',
        type: 'text',
        required: true,
        maxLength: 300,
        defaultValue: defaultQuickExitUrl,
        validate: asValidator((value) => httpsUrlError(value, { required: true })),
        admin: { description: 'Where the "Exit this page" button goes: an everyday site that gives nothing away (https:// only).' },
      },
      {
        name: 'quickExitOnEveryPage',
        type: 'checkbox',
        defaultValue: false,
        admin: { description: 'Show the "Exit this page" button on every page, not only the get-help pages.' },
      },
      {
        name: 'neutralTitles',
        type: 'checkbox',
        defaultValue: false,
        admin: { description: 'Give the get-help pages a plain title ("Information") in browser tabs and history.' },
      },
    ],
  },
  {
    name: 'oldNewsAfterYears',
    type: 'number',
    min: 0,
    max: 50,
    defaultValue: 2,
    admin: { description: 'News older than this many years says so at the top ("This article is more than 2 years old"). 0 turns the notice off.' },
  },
]
