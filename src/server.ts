/**
 * The one process: Next.js serves Payload's admin and REST API, Hono serves the public site, and
 * both share one Payload instance. `.env` must be loaded before the Payload config is imported
 * (it reads process.env at import), so everything else is imported dynamically from ./boot.
 */
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')

const { boot } = await import('./boot')
await boot()
