import type { Endpoint, PayloadRequest } from 'payload'
import { managesSupporters } from '../../updates/access'
import { forbiddenForStaff, privateDownload, routeId } from '../../updates/staff/responses'
import { claimSchedule } from '../claims'
import { claimCsv } from '../gift-aid-claim/claim-csv'
import { claimOds } from '../gift-aid-claim/claim-ods'
import { toClaimRows } from '../gift-aid-claim/claim-rows'

const notFound = () => Response.json({ errors: [{ message: 'No such claim.' }] }, { status: 404 })

async function scheduleRows(req: PayloadRequest) {
  const id = routeId(req)
  if (!/^\d+$/.test(id)) return undefined
  const claim = await req.payload.findByID({ collection: 'gift-aid-claims', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!claim) return undefined
  return { claim, rows: toClaimRows(await claimSchedule(req.payload, id)) }
}

const fileName = (claim: { id: number; reference?: string | null }, extension: string) =>
  `gift-aid-claim-${claim.reference ? claim.reference.replace(/[^\w-]/g, '') : claim.id}.${extension}`

/** A claim's HMRC schedule: .ods for Charities Online (HMRC's format), CSV for the charity's own records. */
export const claimEndpoints: Endpoint[] = [
  {
    path: '/:id/schedule.ods',
    method: 'get',
    handler: async (req) => {
      if (!managesSupporters(req)) return forbiddenForStaff()
      const found = await scheduleRows(req)
      if (!found) return notFound()
      return privateDownload(new Uint8Array(claimOds(found.rows)), fileName(found.claim, 'ods'), 'application/vnd.oasis.opendocument.spreadsheet')
    },
  },
  {
    path: '/:id/schedule.csv',
    method: 'get',
    handler: async (req) => {
      if (!managesSupporters(req)) return forbiddenForStaff()
      const found = await scheduleRows(req)
      if (!found) return notFound()
      return privateDownload(claimCsv(found.rows), fileName(found.claim, 'csv'), 'text/csv; charset=utf-8')
    },
  },
]
