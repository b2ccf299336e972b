import { afterEach, describe, expect, it } from 'vitest'
import { startCacheBroadcast } from '../../src/site/cache-broadcast'
import { PageCache } from '../../src/site/page-cache'

// Two instances behind a load balancer: an edit published on one must drop the other's copy.
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const logger = { info: () => {}, error: () => {} }

async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for the other instance')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const transports = [
  { name: 'Redis pub/sub', options: { redisUrl, databaseUrl: 'file:./unused.db' } },
  { name: 'PostgreSQL LISTEN/NOTIFY', options: { databaseUrl: postgresUrl } },
]

describe.each(transports)('page-cache invalidation shared through $name', ({ options }) => {
  const stops: (() => Promise<void>)[] = []
  afterEach(async () => {
    await Promise.all(stops.splice(0).map((stop) => stop()))
  })

  it("drops the other instance's cached page, and only the pages with that tag", async () => {
    const first = new PageCache()
    const second = new PageCache()
    stops.push(await startCacheBroadcast(first, { ...options, logger }))
    stops.push(await startCacheBroadcast(second, { ...options, logger }))
    second.set('en:/slavery-today/human-trafficking', '<p>old</p>', ['pages:7'])
    second.set('en:/privacy', '<p>privacy</p>', ['pages:9'])

    first.invalidate(['pages:7'])

    await eventually(() => second.get('en:/slavery-today/human-trafficking') === undefined)
    expect(second.get('en:/privacy')?.body).toBe('<p>privacy</p>')
  })

  it('does not echo an instance its own message back into a loop', async () => {
    const cache = new PageCache()
    stops.push(await startCacheBroadcast(cache, { ...options, logger }))
    const seen: string[][] = []
    cache.onInvalidate((tags) => seen.push(tags))
    cache.invalidate(['news:*'])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(seen).toEqual([['news:*']])
  })
})
