import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import type { Env } from '../../env'

/** At most `points` requests per key in `durationSeconds`. */
export type LimitRule = { points: number; durationSeconds: number }

export type RateLimiter = {
  /** Counts one request for the key; false when the key is over its limit. */
  allow: (key: string) => Promise<boolean>
}

const unlimited: RateLimiter = { allow: () => Promise.resolve(true) }

const redisKey = Symbol.for('abolition.rate-limit-redis')
type RedisHolder = { [redisKey]?: Map<string, Redis> }

/** One connection per Redis URL per process, shared by every limiter. */
function redisClient(url: string): Redis {
  const holder = globalThis as RedisHolder
  holder[redisKey] ??= new Map()
  let client = holder[redisKey].get(url)
  if (!client) {
    client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    // A Redis outage must not take the forms down: the insurance limiter below takes over.
    client.on('error', () => {})
    holder[redisKey].set(url, client)
  }
  return client
}

/**
 * A named limiter: in memory by default (one process), in Redis when REDIS_URL is set so every
 * instance shares the count; `RATE_LIMITS=off` (benchmarks) turns every limiter off.
 */
export function createRateLimiter(name: string, rule: LimitRule, env: Pick<Env, 'RATE_LIMITS' | 'REDIS_URL'>): RateLimiter {
  if (env.RATE_LIMITS === 'off') return unlimited
  const options = { keyPrefix: `ab-limit:${name}`, points: rule.points, duration: rule.durationSeconds }
  const memory = new RateLimiterMemory(options)
  const limiter: RateLimiterAbstract = env.REDIS_URL
    ? new RateLimiterRedis({ ...options, storeClient: redisClient(env.REDIS_URL), insuranceLimiter: memory })
    : memory
  return {
    allow: async (key) => {
      try {
        await limiter.consume(key)
        return true
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return false
        throw rejection
      }
    },
  }
}
