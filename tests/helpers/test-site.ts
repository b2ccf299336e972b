import type { Hono } from 'hono'
import type { Payload } from 'payload'
import type { Env } from '../../src/env'
import { createSiteApp } from '../../src/site/app'
import { pageCache } from '../../src/site/page-cache'

export type TestSite = {
  app: Hono
  /** A request to the public site, in process (no port). */
  get: (path: string, headers?: Record<string, string>) => Promise<Response>
}

/** The public Hono site over the test file's Payload instance, starting with an empty page cache. */
export function createTestSite(deps: { payload: Payload; env: Env }): TestSite {
  pageCache().clear()
  const app = createSiteApp(deps)
  return { app, get: async (path, headers = {}) => app.request(path, { headers }) }
}
