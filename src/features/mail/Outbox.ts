import type { Access, CollectionConfig } from 'payload'
import { hasRole } from '../../access/roles'

export const outboxSlug = 'mail-outbox'

/** Outgoing mail holds personal data (addresses, names, links that act for the recipient). */
const canReadMail: Access = ({ req }) => hasRole('admin', 'fundraiser')(req)

/** Only the system writes here (queueMail and the sendMail job, through the Local API). */
const nobody: Access = () => false

/**
 * Every e-mail the site sends, stored before it is sent. With SMTP_URL set this is the delivery
 * log; without it, this is the development outbox where staff read what would have been sent.
 */
export const Outbox: CollectionConfig = {
  slug: outboxSlug,
  labels: { singular: 'Outgoing message', plural: 'Outbox' },
  admin: {
    group: 'Supporters',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'category', 'status', 'createdAt'],
    description:
      'Every e-mail the site sends. Without SMTP_URL nothing leaves the server: messages are kept here, marked as sent to the outbox.',
  },
  defaultSort: '-createdAt',
  access: { read: canReadMail, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    {
      type: 'row',
      fields: [
        // text, not email: Payload's e-mail check rejects internationalised addresses.
        { name: 'to', type: 'text', required: true, maxLength: 254, admin: { width: '50%' } },
        { name: 'category', type: 'text', required: true, index: true, maxLength: 40, admin: { width: '25%' } },
        { name: 'locale', type: 'text', required: true, maxLength: 16, admin: { width: '25%' } },
      ],
    },
    { name: 'subject', type: 'text', required: true, maxLength: 300 },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'queued',
          index: true,
          options: [
            { label: 'Queued', value: 'queued' },
            { label: 'Sent', value: 'sent' },
            { label: 'Failed', value: 'failed' },
          ],
          admin: { width: '25%' },
        },
        {
          name: 'deliveredVia',
          type: 'select',
          options: [
            { label: 'SMTP', value: 'smtp' },
            { label: 'Development outbox (not sent)', value: 'outbox' },
          ],
          admin: { width: '25%', description: 'Where a sent message went.' },
        },
        { name: 'attempts', type: 'number', required: true, defaultValue: 0, min: 0, admin: { width: '25%' } },
        { name: 'sentAt', type: 'date', admin: { width: '25%', date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'text', type: 'textarea', required: true, admin: { rows: 16, description: 'The plain-text part, as the recipient’s mail program shows it.' } },
    {
      type: 'collapsible',
      label: 'Technical details',
      admin: { initCollapsed: true },
      fields: [
        { name: 'html', type: 'textarea', required: true, admin: { rows: 12, description: 'The HTML part (source).' } },
        {
          name: 'idempotencyKey',
          type: 'text',
          required: true,
          unique: true,
          maxLength: 200,
          admin: { description: 'One message per key: queuing the same key again sends nothing.' },
        },
        { name: 'unsubscribeUrl', type: 'text', admin: { description: 'Sent as List-Unsubscribe (one-click, RFC 8058).' } },
        { name: 'messageId', type: 'text', admin: { description: 'The Message-ID header.' } },
        { name: 'lastError', type: 'textarea', admin: { description: 'Why the last attempt failed (the job retries with a growing pause).' } },
      ],
    },
  ],
}
