/**
 * The only paths Next.js serves: Payload's admin and REST API and Next's own assets. Everything
 * else (pages, favicon, robots, sitemap, /assets) belongs to the Hono site. Kept in one place
 * because the server, the tests and the docs all rely on it.
 */
export const nextPathPrefixes = ['/admin', '/api', '/_next', '/__nextjs'] as const

export function isNextPath(pathname: string): boolean {
  return nextPathPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
}
