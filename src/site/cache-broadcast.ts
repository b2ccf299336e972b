import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import pg from 'pg'
import type { PageCache } from './page-cache'

type Logger = { info: (msg: string) => void; error: (obj: object, msg: string) => void }
type Message = { from: string; tags: string[] }

const channel = 'abolition_page_cache'

/**
 * With several instances behind a load balancer, each keeps its own page cache. An instance that
 * invalidates tags tells the others: through Redis pub/sub when REDIS_URL is set, otherwise
 * through PostgreSQL LISTEN/NOTIFY when the database is PostgreSQL. SQLite means one instance,
 * so there is nobody to tell.
 */
export async function startCacheBroadcast(
  cache: PageCache,
  options: { redisUrl?: string; databaseUrl: string; logger: Logger },
): Promise<() => Promise<void>> {
  const instance = randomUUID()
  const receive = (raw: string) => {
    try {
      const message = JSON.parse(raw) as Message
      if (message.from !== instance && Array.isArray(message.tags)) cache.invalidate(message.tags, { broadcast: false })
    } catch (error) {
      options.logger.error({ err: error }, 'ignored a malformed page-cache message')
    }
  }
  const encode = (tags: string[]) => JSON.stringify({ from: instance, tags } satisfies Message)

  if (options.redisUrl) {
    const publisher = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 })
    const subscriber = new Redis(options.redisUrl, { lazyConnect: true })
    await Promise.all([publisher.connect(), subscriber.connect()])
    await subscriber.subscribe(channel)
    subscriber.on('message', (_channel: string, raw: string) => receive(raw))
    const stop = cache.onInvalidate((tags) => {
      publisher.publish(channel, encode(tags)).catch((err: unknown) => options.logger.error({ err }, 'page-cache publish failed'))
    })
    options.logger.info('Page cache invalidations are shared through Redis')
    return async () => {
      stop()
      await Promise.all([publisher.quit(), subscriber.quit()])
    }
  }

  if (/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
    const listener = new pg.Client({ connectionString: options.databaseUrl })
    const notifier = new pg.Pool({ connectionString: options.databaseUrl, max: 1 })
    await listener.connect()
    await listener.query(`LISTEN ${channel}`)
    listener.on('notification', (note) => note.payload && receive(note.payload))
    listener.on('error', (err) => options.logger.error({ err }, 'page-cache listener lost its connection'))
    const stop = cache.onInvalidate((tags) => {
      notifier.query('SELECT pg_notify($1, $2)', [channel, encode(tags)]).catch((err: unknown) =>
        options.logger.error({ err }, 'page-cache notify failed'),
      )
    })
    options.logger.info('Page cache invalidations are shared through PostgreSQL NOTIFY')
    return async () => {
      stop()
      await Promise.all([listener.end(), notifier.end()])
    }
  }
  return async () => {}
}
