import type { Hono } from 'hono'
import type { Payload } from 'payload'

/** Names of migrations this build ships that the database has not recorded as run. */
async function pendingMigrations(payload: Payload): Promise<string[]> {
  const shipped = (payload.db as { prodMigrations?: { name: string }[] }).prodMigrations ?? []
  if (!shipped.length) return []
  const { docs } = await payload.find({
    collection: 'payload-migrations',
    limit: 1000,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const ran = new Set(docs.map((doc) => doc.name))
  return shipped.map((m) => m.name).filter((name) => !ran.has(name))
}

export function healthRoutes(app: Hono, payload: Payload): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }))
  app.get('/readyz', async (c) => {
    try {
      await payload.count({ collection: 'users', overrideAccess: true })
      const pending = process.env.NODE_ENV === 'production' ? await pendingMigrations(payload) : []
      if (pending.length) return c.json({ status: 'migrations pending', pending }, 503, { 'Cache-Control': 'no-store' })
      return c.json({ status: 'ready' }, 200, { 'Cache-Control': 'no-store' })
    } catch (error) {
      payload.logger.error({ err: error }, 'readiness check failed')
      return c.json({ status: 'database unreachable' }, 503, { 'Cache-Control': 'no-store' })
    }
  })
}
