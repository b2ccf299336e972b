import type { Endpoint } from 'payload'
import { managesSupporters } from '../../updates/access'
import { deliveryCsv } from './delivery-csv'

/** GET /api/signatures/delivery.csv?campaign=<id>[&email=1]: the delivery list, admins and fundraisers only. */
export const signatureEndpoints: Endpoint[] = [
  {
    path: '/delivery.csv',
    method: 'get',
    handler: async (req) => {
      if (!managesSupporters(req)) return Response.json({ errors: [{ message: 'Only admins and fundraisers can do this.' }] }, { status: 403 })
      const params = req.searchParams
      const campaignId = Number.parseInt(params.get('campaign') ?? '', 10)
      if (!Number.isSafeInteger(campaignId) || campaignId < 1) return Response.json({ errors: [{ message: 'Say which campaign: ?campaign=<id>.' }] }, { status: 400 })
      const withEmail = params.get('email') === '1'
      return new Response(await deliveryCsv(req.payload, campaignId, { withEmail }), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="signatures-${campaignId}${withEmail ? '-with-email' : ''}.csv"`,
          'Cache-Control': 'private, no-store',
        },
      })
    },
  },
]
