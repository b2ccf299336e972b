import type { Access, PayloadRequest, Where } from 'payload'
import { hasRole } from '../../access/roles'

/** Editors and fundraisers write updates (admins too); viewers only read them. */
export const writesUpdates = (req: PayloadRequest): boolean => hasRole('admin', 'editor', 'fundraiser')(req)

/** Sending reaches every supporter's inbox: only admins and fundraisers send or schedule. */
export const sendsUpdates = (req: PayloadRequest): boolean => hasRole('admin', 'fundraiser')(req)

export const canWriteUpdates: Access = ({ req }) => writesUpdates(req)

/** What was sent is a record: only drafts and scheduled updates can be deleted. */
export const canDeleteUnsent: Access = ({ req }): boolean | Where =>
  writesUpdates(req) ? { status: { in: ['draft', 'scheduled'] } } : false
