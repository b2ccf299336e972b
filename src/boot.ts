import { createServer } from 'node:http'
import next from 'next'
import { getPayload } from 'payload'
import { env, InvalidEnvironmentError } from './env'
import { releaseStalledJobs } from './features/jobs/release-stalled'
import { startMailPoller } from './features/mail'
import { startPageViewFlusher } from './features/statistics/view-flusher'
import { ensureFirstAdmin } from './features/users/ensure-first-admin'
import { seedDemoContent } from './seed'
import { createSiteApp } from './site/app'
import { startCacheBroadcast } from './site/cache-broadcast'
import { createDispatcher } from './site/dispatch'
import { isNextPath } from './site/next-routes'
import { pageCache } from './site/page-cache'

export async function boot(): Promise<void> {
  let config
  try {
    config = env()
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  const dev = config.NODE_ENV === 'development'
  const { default: payloadConfig } = await import('./payload.config')
  // cron: the jobs queue's pollers (scheduled publishing, sending updates) start with the server.
  // Without it Payload starts them only when the admin or REST API is first used, so a restarted
  // server ran no jobs until a member of staff opened /admin. PAYLOAD_JOBS=off still keeps an
  // instance from running jobs (shouldAutoRun in payload.config.ts). Mail has its own poller below.
  const payload = await getPayload({ config: payloadConfig, cron: true })
  // Jobs a stopped server left "processing" go back in the queue before this one's runners start.
  if (process.env.PAYLOAD_JOBS !== 'off') await releaseStalledJobs(payload)
  if (config.RATE_LIMITS === 'off') payload.logger.warn('RATE_LIMITS=off: public forms are not rate limited (benchmarks only).')
  if (config.PAGE_CACHE === 'off') payload.logger.warn('PAGE_CACHE=off: every page is rendered on every request.')

  const stopBroadcast = await startCacheBroadcast(pageCache(), {
    redisUrl: config.REDIS_URL,
    databaseUrl: config.DATABASE_URL,
    logger: payload.logger,
  })
  await ensureFirstAdmin(payload, config)
  const stopPageViews = startPageViewFlusher(payload)
  const stopMailPoller = startMailPoller(payload)
  if (process.env.SEED !== 'off') await seedDemoContent(payload)

  const nextApp = next({ dev, dir: process.cwd(), hostname: 'localhost', port: config.PORT })
  await nextApp.prepare()
  const handleNext = nextApp.getRequestHandler()
  const site = createSiteApp({ payload, env: config })
  const server = createServer(createDispatcher({ next: handleNext, site, pageCache: config.PAGE_CACHE === 'on' }))
  if (dev) {
    // Next's dev server reloads the admin through a websocket.
    const upgrade = nextApp.getUpgradeHandler()
    server.on('upgrade', (req, socket, head) => {
      if (isNextPath((req.url ?? '/').split('?', 1)[0] ?? '/')) void upgrade(req, socket, head)
    })
  }
  server.keepAliveTimeout = 65_000
  server.listen(config.PORT, () => payload.logger.info(`abolition is serving ${config.SITE_URL} (admin at ${config.SITE_URL}/admin)`))

  const shutdown = (signal: string) => {
    payload.logger.info(`${signal}: closing`)
    server.close(() => {
      // The last few seconds of page views are written before the database closes.
      void Promise.allSettled([stopPageViews(), stopBroadcast(), stopMailPoller()])
        .then(() => payload.destroy())
        .finally(() => process.exit(0))
    })
    setTimeout(() => process.exit(0), 10_000).unref()
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}
