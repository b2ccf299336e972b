import type { CollectionConfig } from 'payload'
import { isStaff } from '../../access/roles'

export const pageViewsSlug = 'page-views'

/**
 * First-party statistics: one row per day, page address and referring site, with a count. No
 * reader is identifiable from it: no IP address, user agent, cookie or time of day is kept. Rows
 * are written only by the site's own counter (src/features/statistics/flush-views.ts), never
 * through the API, and every member of staff may read them.
 */
export const PageViews: CollectionConfig = {
  slug: pageViewsSlug,
  labels: { singular: 'Page views (one day)', plural: 'Statistics' },
  admin: {
    group: 'Statistics',
    defaultColumns: ['day', 'path', 'referrer', 'views'],
    description: 'Views per page and day, counted without cookies and without storing anything about readers. Kept for 400 days.',
    components: { beforeList: ['/features/statistics/admin/ViewsOverview#ViewsOverview'] },
    pagination: { defaultLimit: 50 },
  },
  defaultSort: '-day',
  timestamps: false,
  access: {
    read: isStaff,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['day', 'path', 'referrer'], unique: true }],
  fields: [
    { name: 'day', type: 'text', required: true, index: true, maxLength: 10, admin: { description: 'UTC date, YYYY-MM-DD.' } },
    { name: 'path', type: 'text', required: true, maxLength: 300 },
    {
      name: 'referrer',
      type: 'text',
      required: true,
      maxLength: 100,
      admin: { description: 'The referring site’s domain, or "(none)": typed in, bookmarked, from this site, or no referrer sent.' },
    },
    { name: 'views', type: 'number', required: true, min: 0 },
  ],
}
