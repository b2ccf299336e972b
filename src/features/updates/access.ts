import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles'

/** Supporters' personal data is for admins and fundraisers only; editors and viewers never see it. */
export const managesSupporters = (req: PayloadRequest): boolean => hasRole('admin', 'fundraiser')(req)

export const canManageSupporters: Access = ({ req }) => managesSupporters(req)

/** Only the system writes supporters and consents (Local API with overrideAccess). */
export const nobody: Access = () => false

/** Hides a collection from staff who may not read personal data, so their admin menu stays short. */
export const hiddenFromOtherStaff = ({ user }: { user: unknown }): boolean =>
  !['admin', 'fundraiser'].includes(String((user as { role?: string } | null)?.role))

/** Tokens, keys and hashes: never read through any API, even by admins. */
export const secretField: FieldAccess = () => false
