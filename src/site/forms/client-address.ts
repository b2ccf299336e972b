import type { Context } from 'hono'
import type { IncomingMessage } from 'node:http'
import { env } from '../../env'

type NodeBindings = { incoming?: IncomingMessage } | undefined

/**
 * The client address behind `trustedProxies` reverse proxies. Each proxy appends the address it
 * received the request from to X-Forwarded-For, so with N trusted proxies the real client is the
 * Nth entry from the right; anything further left was written by the client and is not believed.
 * With no trusted proxy, or a header shorter than promised, the socket's peer is used.
 */
export function addressFrom(socketAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string {
  const fallback = socketAddress ?? 'in-process'
  if (trustedProxies <= 0 || !forwardedFor) return fallback
  const hops = forwardedFor
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  return hops.length >= trustedProxies ? (hops[hops.length - trustedProxies] ?? fallback) : fallback
}

/**
 * The address a request came from, for per-client rate limits: the socket's peer, or, behind
 * TRUST_PROXY reverse proxies (nginx, a load balancer), the client they report. In-process
 * requests (tests) have no socket and share one key.
 */
export function clientAddress(c: Context): string {
  const bindings = c.env as NodeBindings
  return addressFrom(bindings?.incoming?.socket.remoteAddress, c.req.header('x-forwarded-for'), env().TRUST_PROXY)
}
