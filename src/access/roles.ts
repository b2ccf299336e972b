import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'fundraiser', 'viewer'] as const
export type Role = (typeof roles)[number]

type StaffUser = { role?: Role | null } | null | undefined

export const roleOf = (req: PayloadRequest): Role | undefined =>
  (req.user as StaffUser)?.role ?? undefined

export const hasRole =
  (...allowed: Role[]) =>
  (req: PayloadRequest): boolean => {
    const role = roleOf(req)
    return role !== undefined && allowed.includes(role)
  }

/** Only admins manage staff accounts and site-wide settings. */
export const isAdmin: Access = ({ req }) => hasRole('admin')(req)

/** Admins and editors write public content (pages, news, media). */
export const canEditContent: Access = ({ req }) => hasRole('admin', 'editor')(req)

/** Every signed-in staff member may read everything in the admin, drafts included. */
export const isStaff: Access = ({ req }) => Boolean(req.user)

/** The public reads published documents only; staff read drafts too. */
export const publishedOrStaff: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }

/** Admins see every account; others only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole('admin')(req)) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const adminFieldOnly: FieldAccess = ({ req }) => hasRole('admin')(req)

/**
 * Running, queueing or cancelling jobs through Payload's REST API (/api/payload-jobs/run): by
 * default any signed-in user may, so a viewer could push mail or a send along. The server's own
 * runners and the site's endpoints use the Local API, which does not ask.
 */
export const adminRunsJobs = ({ req }: { req: PayloadRequest }): boolean => hasRole('admin')(req)
