import type { Context } from 'hono'
import type { IncomingMessage } from 'node:http'

type NodeBindings = { incoming?: IncomingMessage } | undefined

/**
 * The address a request came from, for per-client rate limits. It is the socket's peer: behind a
 * reverse proxy every reader shares the proxy's address, so such a deployment should rate-limit at
 * the proxy too. Forwarded headers are not trusted (anyone can send them). In-process requests
 * (tests) have no socket and share one key.
 */
export function clientAddress(c: Context): string {
  const bindings = c.env as NodeBindings
  return bindings?.incoming?.socket.remoteAddress ?? 'in-process'
}
