// autocannon ships no types and @types/autocannon is not installed: this declares only the part of
// its programmatic API the benchmark uses (see node_modules/autocannon/README.md for the rest).
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      url: string
      connections?: number
      /** Seconds. */
      duration?: number
      pipelining?: number
      method?: string
      headers?: Record<string, string>
      body?: string
      timeout?: number
      /** Send exactly this many requests instead of running for `duration`. */
      amount?: number
      /** Replace `[<id>]` in the body with a fresh id per request. */
      idReplacement?: boolean
    }

    /** Histogram summary: latency in milliseconds, requests in requests per second. */
    interface Histogram {
      average: number
      mean: number
      stddev: number
      min: number
      max: number
      total: number
      p50: number
      p90: number
      p99: number
    }

    interface Result {
      url: string
      connections: number
      duration: number
      errors: number
      timeouts: number
      non2xx: number
      resets: number
      '2xx': number
      '3xx': number
      latency: Histogram
      requests: Histogram & { sent: number }
      throughput: Histogram
    }
  }

  function autocannon(options: autocannon.Options): Promise<autocannon.Result>
  export = autocannon
}
