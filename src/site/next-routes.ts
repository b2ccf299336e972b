/**
 * The only paths Next.js serves: Payload's admin and REST API and Next's own assets. Everything
 * else (pages, favicon, robots, sitemap, /assets) belongs to the Hono site. Kept in one place
 * because the server, the tests and the docs all rely on it.
 */
export const nextPathPrefixes = ['/admin', '/api', '/_next', '/__nextjs'] as const

/**
 * Under /api but answered by the site: Stripe's webhook needs the raw body and a fast answer,
 * and is tested in process like the rest of the site.
 */
export const sitePathsUnderApi = ['/api/stripe/webhook'] as const

export function isNextPath(pathname: string): boolean {
  if ((sitePathsUnderApi as readonly string[]).includes(pathname)) return false
  return nextPathPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
}
