import type { Access, PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles'

/** Supporters' personal data is for admins and fundraisers only; editors and viewers never see it. */
export const managesSupporters = (req: PayloadRequest): boolean => hasRole('admin', 'fundraiser')(req)

export const canManageSupporters: Access = ({ req }) => managesSupporters(req)

/** Only the system writes supporters and consents (Local API with overrideAccess). */
export const nobody: Access = () => false
