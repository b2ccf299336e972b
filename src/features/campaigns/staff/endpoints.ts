import type { Endpoint, PayloadRequest } from 'payload'
import { managesSupporters } from '../../updates/access'
import { forbiddenForStaff, privateDownload } from '../../updates/staff/responses'
import { deliveryCsv } from './delivery-csv'
import { deliveryPage } from './delivery-page'

type DeliveryQuery = { campaignId: number; withEmail: boolean }

/** ?campaign=<id>[&email=1], or the 400 answer saying what is missing. */
function deliveryQuery(req: PayloadRequest): DeliveryQuery | Response {
  const params = req.searchParams
  const campaignId = Number.parseInt(params.get('campaign') ?? '', 10)
  if (!Number.isSafeInteger(campaignId) || campaignId < 1) return Response.json({ errors: [{ message: 'Say which campaign: ?campaign=<id>.' }] }, { status: 400 })
  return { campaignId, withEmail: params.get('email') === '1' }
}

/**
 * The delivery list, admins and fundraisers only: GET /api/signatures/delivery.csv?campaign=<id>
 * (a spreadsheet) and /api/signatures/delivery.html?campaign=<id> (a page to print); add &email=1
 * for e-mail addresses.
 */
export const signatureEndpoints: Endpoint[] = [
  {
    path: '/delivery.csv',
    method: 'get',
    handler: async (req) => {
      if (!managesSupporters(req)) return forbiddenForStaff()
      const query = deliveryQuery(req)
      if (query instanceof Response) return query
      const filename = `signatures-${query.campaignId}${query.withEmail ? '-with-email' : ''}.csv`
      return privateDownload(await deliveryCsv(req.payload, query.campaignId, { withEmail: query.withEmail }), filename, 'text/csv; charset=utf-8')
    },
  },
  {
    path: '/delivery.html',
    method: 'get',
    handler: async (req) => {
      if (!managesSupporters(req)) return forbiddenForStaff()
      const query = deliveryQuery(req)
      if (query instanceof Response) return query
      const page = await deliveryPage(req.payload, query.campaignId, { withEmail: query.withEmail })
      return new Response(page.body, { status: page.status, headers: page.headers })
    },
  },
]
