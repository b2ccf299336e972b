import type { Endpoint, PayloadRequest } from 'payload'
import { env } from '../../../env'
import { managesSupporters } from '../access'
import { exportCsv } from './export-csv'
import { eraseSupporter } from './erase'
import { personalData } from './export-person'

const forbidden = () => Response.json({ errors: [{ message: 'Only admins and fundraisers can do this.' }] }, { status: 403 })
const notFound = () => Response.json({ errors: [{ message: 'No such supporter.' }] }, { status: 404 })
const idOf = (req: PayloadRequest): string => {
  const id = req.routeParams?.id
  return typeof id === 'string' || typeof id === 'number' ? String(id) : ''
}

/** Staff-only actions on supporters, at /api/supporters/…; each checks the role itself. */
export const supporterEndpoints: Endpoint[] = [
  {
    path: '/export.csv',
    method: 'get',
    handler: async (req) => {
      if (!managesSupporters(req)) return forbidden()
      const day = new Date().toISOString().slice(0, 10)
      return new Response(await exportCsv(req.payload), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="supporters-${day}.csv"`,
          'Cache-Control': 'private, no-store',
        },
      })
    },
  },
  {
    path: '/:id/personal-data',
    method: 'get',
    handler: async (req) => {
      if (!managesSupporters(req)) return forbidden()
      const data = await personalData(req, idOf(req))
      if (!data) return notFound()
      return new Response(JSON.stringify(data, null, 2), {
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="supporter-${idOf(req)}.json"`,
          'Cache-Control': 'private, no-store',
        },
      })
    },
  },
  {
    path: '/:id/erase',
    method: 'post',
    handler: async (req) => {
      if (!managesSupporters(req)) return forbidden()
      const erased = await eraseSupporter(req.payload, env(), idOf(req))
      return erased ? Response.json({ erased: true }) : notFound()
    },
  },
]
