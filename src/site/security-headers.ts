import type { MiddlewareHandler } from 'hono'

/**
 * The public site runs no inline script and loads nothing from another origin, so its CSP can be
 * strict. Preview responses may be framed by the admin (same origin); nothing else may frame us.
 */
export const publicCsp = (frameAncestors: "'none'" | "'self'", formTargets: readonly string[] = []): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    ["form-action 'self'", ...formTargets].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')

export type SecurityOptions = {
  https: boolean
  /**
   * Other origins a page's forms may lead to. The donate form posts here and is redirected to
   * Stripe Checkout; browsers check form-action on that redirect too.
   */
  formTargetsFor?: (path: string) => readonly string[]
}

export const securityHeaders =
  (options: SecurityOptions): MiddlewareHandler =>
  async (c, next) => {
    await next()
    const h = c.res.headers
    h.set('X-Content-Type-Options', 'nosniff')
    // Pages that need a stricter policy (the get-help pages) set their own.
    if (!h.has('Referrer-Policy')) h.set('Referrer-Policy', 'strict-origin-when-cross-origin')
    h.set('Cross-Origin-Opener-Policy', 'same-origin')
    h.set('Cross-Origin-Resource-Policy', 'same-origin')
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()')
    if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', publicCsp("'none'", options.formTargetsFor?.(c.req.path)))
    if (!h.has('X-Frame-Options') && h.get('Content-Security-Policy')?.includes("frame-ancestors 'none'")) {
      h.set('X-Frame-Options', 'DENY')
    }
    if (options.https) h.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
  }
