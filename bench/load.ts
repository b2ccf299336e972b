import autocannon from 'autocannon'
import { httpGet } from './http-get'

export type LoadRequest = {
  method?: string
  headers?: Record<string, string>
  body?: string
  /** A fresh id for every `[<id>]` in the body (distinct sign-ups). */
  idReplacement?: boolean
  /** A form POST answers 303 See Other on success: count 3xx as success, not as non-2xx. */
  successIsRedirect?: boolean
}

export type LoadResult = {
  requestsPerSecond: number
  latencyP50Ms: number
  latencyP99Ms: number
  latencyMaxMs: number
  /** Completed in the measured run; requests still in flight at its end are not counted. */
  requests: number
  non2xx: number
  /** Connection errors and timeouts. */
  errors: number
}

/**
 * One scenario's load: a warm-up whose numbers are thrown away (JIT, caches, keep-alive
 * connections), then the measured run at the same concurrency.
 */
export async function measureLoad(options: {
  url: string
  connections: number
  warmupSeconds: number
  seconds: number
  request?: LoadRequest
}): Promise<LoadResult> {
  const { successIsRedirect, ...request } = options.request ?? {}
  const base = { url: options.url, connections: options.connections, ...request }
  if (options.warmupSeconds > 0) {
    await autocannon({ ...base, duration: options.warmupSeconds })
    // The warm-up leaves up to `connections` requests in the server's queue; on a slow page they
    // would eat the measured run. One more request is answered only once they are done.
    if (!options.request?.method || options.request.method === 'GET') await httpGet(options.url, options.request?.headers, 120_000)
  }
  const result = await autocannon({ ...base, duration: options.seconds })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    requests: result.requests.total,
    non2xx: successIsRedirect ? result.non2xx - result['3xx'] : result.non2xx,
    errors: result.errors + result.timeouts,
  }
}
