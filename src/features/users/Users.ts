import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { adminFieldOnly, adminOrSelf, isAdmin, roles } from '../../access/roles'

/** The very first account (created from the admin's welcome screen or ADMIN_EMAIL) is an admin. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: 'Settings' },
  auth: {
    // Lock an account for 10 minutes after 5 wrong passwords in a row (ASVS V6 brute force).
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // Staff sessions end after 8 hours (absolute); Payload refreshes the token while the admin is in use.
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.SITE_URL?.startsWith('https://') === true },
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'viewer',
      options: roles.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      access: { update: adminFieldOnly, create: adminFieldOnly },
      admin: {
        description:
          'Admin: everything. Editor: pages, news, media. Fundraiser: supporters and donations. Viewer: read only.',
      },
    },
  ],
}
