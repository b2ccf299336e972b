import type { Endpoint } from 'payload'
import { managesSupporters } from '../../updates/access'
import { forbiddenForStaff, privateDownload } from '../../updates/staff/responses'
import { deliveryCsv } from './delivery-csv'

/** GET /api/signatures/delivery.csv?campaign=<id>[&email=1]: the delivery list, admins and fundraisers only. */
export const signatureEndpoints: Endpoint[] = [
  {
    path: '/delivery.csv',
    method: 'get',
    handler: async (req) => {
      if (!managesSupporters(req)) return forbiddenForStaff()
      const params = req.searchParams
      const campaignId = Number.parseInt(params.get('campaign') ?? '', 10)
      if (!Number.isSafeInteger(campaignId) || campaignId < 1) return Response.json({ errors: [{ message: 'Say which campaign: ?campaign=<id>.' }] }, { status: 400 })
      const withEmail = params.get('email') === '1'
      const filename = `signatures-${campaignId}${withEmail ? '-with-email' : ''}.csv`
      return privateDownload(await deliveryCsv(req.payload, campaignId, { withEmail }), filename, 'text/csv; charset=utf-8')
    },
  },
]
