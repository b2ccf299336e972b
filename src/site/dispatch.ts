import { getRequestListener } from '@hono/node-server'
import type { Hono } from 'hono'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { countCachedPageView } from '../features/statistics/count-views'
import { serveFromPageCache } from './fast-path'
import { isNextPath } from './next-routes'

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown

/**
 * The one process's request routing: Next's paths to Next; a cached public page straight from
 * memory; everything else to the Hono site.
 */
export function createDispatcher(options: { next: NodeHandler; site: Hono; pageCache: boolean }): NodeHandler {
  const handleSite = getRequestListener(options.site.fetch)
  return (req, res) => {
    const pathname = (req.url ?? '/').split('?', 1)[0] ?? '/'
    if (isNextPath(pathname)) return options.next(req, res)
    // Views are counted here for these pages: they never reach the site's counting middleware.
    if (options.pageCache && serveFromPageCache(req, res)) return countCachedPageView(req, res.statusCode)
    return handleSite(req, res)
  }
}
