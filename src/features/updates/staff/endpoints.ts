import type { Endpoint } from 'payload'
import { env } from '../../../env'
import { managesSupporters } from '../access'
import { exportCsv } from './export-csv'
import { eraseSupporter } from './erase'
import { personalData } from './export-person'
import { forbiddenForStaff as forbidden, privateDownload, routeId } from './responses'

const notFound = () => Response.json({ errors: [{ message: 'No such supporter.' }] }, { status: 404 })
/** Staff-only actions on supporters, at /api/supporters/…; each checks the role itself. */
export const supporterEndpoints: Endpoint[] = [
  {
    path: '/export.csv',
    method: 'get',
    handler: async (req) => {
      if (!managesSupporters(req)) return forbidden()
      const day = new Date().toISOString().slice(0, 10)
      return privateDownload(await exportCsv(req.payload), `supporters-${day}.csv`, 'text/csv; charset=utf-8')
    },
  },
  {
    path: '/:id/personal-data',
    method: 'get',
    handler: async (req) => {
      if (!managesSupporters(req)) return forbidden()
      const data = await personalData(req, routeId(req))
      if (!data) return notFound()
      return privateDownload(JSON.stringify(data, null, 2), `supporter-${routeId(req)}.json`, 'application/json; charset=utf-8')
    },
  },
  {
    path: '/:id/erase',
    method: 'post',
    handler: async (req) => {
      if (!managesSupporters(req)) return forbidden()
      const erased = await eraseSupporter(req.payload, env(), routeId(req))
      return erased ? Response.json({ erased: true }) : notFound()
    },
  },
]
