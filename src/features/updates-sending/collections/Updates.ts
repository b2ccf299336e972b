import type { CollectionConfig, FieldAccess } from 'payload'
import { isStaff } from '../../../access/roles'
import { locales } from '../../../site/locales'
import { canDeleteUnsent, canWriteUpdates } from '../access'
import { updateBodyEditor } from '../body/editor'
import { fillSlug } from '../hooks/fill-slug'
import { afterUpdateChange } from '../hooks/after-change'
import { guardStatus } from '../hooks/guard-status'
import { updateEndpoints } from '../staff/endpoints'

export const updatesSlug = 'updates'

export const updateStatuses = ['draft', 'scheduled', 'sending', 'sent'] as const
export type UpdateStatus = (typeof updateStatuses)[number]

const statusLabels: Record<UpdateStatus, string> = { draft: 'Draft', scheduled: 'Scheduled', sending: 'Sending', sent: 'Sent' }

/** What was sent stays as it was: the admin shows a sent update read-only (guard-status.ts refuses changes). */
const unlessSent: FieldAccess = ({ doc }) => !['sending', 'sent'].includes(String((doc as { status?: string } | undefined)?.status))
const editable = { update: unlessSent }

/** Written by the sender only (never shown, never sent by the admin form). */
const internal = { readOnly: true, hidden: true } as const

/**
 * An e-mail update to supporters, in one language. Editors write it; admins and fundraisers send
 * or schedule it from the panel beside it. Sending runs as jobs (see docs/sending-updates.md);
 * once sent it is a record: it cannot be changed or deleted, and it appears in the archive.
 */
export const Updates: CollectionConfig = {
  slug: updatesSlug,
  labels: { singular: 'Update', plural: 'Updates' },
  admin: {
    group: 'Supporters',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'language', 'status', 'scheduledAt', 'sentAt'],
    description: 'E-mails to supporters. Write, preview and test here; admins and fundraisers send them. Sent updates appear at /updates/archive.',
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: canWriteUpdates, update: canWriteUpdates, delete: canDeleteUnsent },
  endpoints: updateEndpoints,
  hooks: { beforeValidate: [fillSlug], beforeChange: [guardStatus], afterChange: [afterUpdateChange] },
  fields: [
    { name: 'subject', type: 'text', maxLength: 150, access: editable, admin: { description: 'Needed before sending. Short and specific: it is what people decide to open.' } },
    {
      name: 'preheader',
      access: editable,
      type: 'text',
      maxLength: 150,
      admin: { description: 'Optional. The line mail programs show after the subject in the inbox.' },
    },
    {
      name: 'body',
      access: editable,
      type: 'richText',
      editor: updateBodyEditor,
      admin: { description: 'Text, images, buttons, and cards for stories and campaigns. Links stay as written: we do not track readers.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'language',
          access: editable,
          type: 'select',
          required: true,
          defaultValue: 'en',
          options: locales.map(({ code, englishName }) => ({ label: englishName, value: code })),
          admin: { width: '33%', description: 'Goes to supporters who signed up in this language.' },
        },
        {
          name: 'audience',
          access: editable,
          type: 'radio',
          required: true,
          defaultValue: 'topics',
          options: [
            { label: 'People who chose these topics', value: 'topics' },
            { label: 'Everyone signed up in this language', value: 'everyone' },
          ],
          admin: { width: '33%' },
        },
        {
          name: 'interests',
          access: editable,
          label: 'Topics',
          type: 'text',
          hasMany: true,
          maxRows: 12,
          admin: {
            width: '33%',
            condition: (data) => data?.audience !== 'everyone',
            description: 'Supporters who chose any of these get it.',
            components: { Field: '/features/updates-sending/admin/TopicsField#TopicsField' },
          },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: Object.entries(statusLabels).map(([value, label]) => ({ value, label })),
      admin: { position: 'sidebar', readOnly: true, description: 'Changed with the buttons below.' },
    },
    {
      name: 'scheduledAt',
      access: editable,
      label: 'Send at',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'For "Schedule": when it goes out.' },
    },
    {
      name: 'notice',
      type: 'textarea',
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.notice), description: 'Why a scheduled send did not go out.' },
    },
    {
      name: 'sending',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/features/updates-sending/admin/SendPanel#SendPanel' } },
    },
    {
      name: 'slug',
      access: editable,
      type: 'text',
      unique: true,
      index: true,
      maxLength: 80,
      admin: { position: 'sidebar', description: 'Its address in the archive, /updates/archive/<slug>. Filled from the subject.' },
    },
    { name: 'sendStartedAt', type: 'date', admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sentAt', type: 'date', index: true, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sentBy', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'results',
      type: 'group',
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.status === 'sent', description: 'Final counts (every delivery is under Supporters → Update deliveries).' },
      fields: [
        { name: 'recipients', type: 'number' },
        { name: 'sent', type: 'number' },
        { name: 'failed', type: 'number' },
        { name: 'bounced', type: 'number' },
        { name: 'skipped', type: 'number' },
      ],
    },
    { name: 'leaseHolder', type: 'text', admin: internal },
    { name: 'leaseUntil', type: 'date', admin: internal },
    { name: 'recipientsCursor', type: 'number', admin: internal },
    { name: 'recipientsResolved', type: 'checkbox', admin: internal },
  ],
}
