import { describe, expect, it } from 'vitest'
import { isNextPath } from './next-routes'

describe('isNextPath', () => {
  it.each(['/admin', '/admin/collections/pages', '/api', '/api/pages/1', '/_next/static/chunk.js', '/__nextjs/source-map'])(
    'sends %s to Next',
    (path) => expect(isNextPath(path)).toBe(true),
  )

  it.each(['/', '/administration', '/apis', '/api-docs', '/news/admin', '/assets/site.css', '/favicon.ico', '/robots.txt', '/sitemap.xml', '/api/stripe/webhook'])(
    'keeps %s on the public site',
    (path) => expect(isNextPath(path)).toBe(false),
  )
})
