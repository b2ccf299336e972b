import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

const onOff = z.enum(['on', 'off']).default('on')

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres:\/\/|postgresql:\/\/)/, 'must start with file: or postgres://')
    .default('file:./data/site.db'),
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().optional(),
  /** DKIM signing of outgoing mail: all three, or none (see docs/mail.md). */
  DKIM_DOMAIN: z.string().regex(/^[a-z0-9.-]+$/i, 'must be a domain name, like example.org').optional(),
  DKIM_SELECTOR: z.string().regex(/^[a-z0-9._-]+$/i, 'must be a DNS label, like mail2026').optional(),
  DKIM_PRIVATE_KEY: z.string().optional(),
  /** Update e-mails per second at most (0: as fast as the SMTP server takes them). */
  UPDATES_SEND_RATE: z.coerce.number().min(0).max(10_000).default(0),
  /** SMTP connections an update is sent over at once (its messages in flight). */
  UPDATES_SMTP_CONNECTIONS: z.coerce.number().int().min(1).max(50).default(10),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_API_BASE: z.url().optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis://').optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  RATE_LIMITS: onOff,
  /** How many reverse proxies in front of the app append to X-Forwarded-For (0: none, use the socket). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
  PAGE_CACHE: onOff,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  DATA_DIR: z.string().default('./data'),
})

export type Env = z.infer<typeof schema> & { PAYLOAD_SECRET: string; SITE_URL: string }

/** Treats empty strings as unset, so `FOO=` in a .env file means "use the default". */
function withoutEmpty(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== '')) as Record<
    string,
    string
  >
}

export class InvalidEnvironmentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment variables:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'InvalidEnvironmentError'
  }
}

/**
 * A local install gets a random secret stored in the data folder on first start, so
 * `npm start` works with no configuration; production must set PAYLOAD_SECRET itself.
 */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/**
 * `npm start` runs the production build, and must work on a fresh clone with no configuration.
 * A server that says where it lives (SITE_URL on a real host) must bring its own secret.
 */
function isLocalUrl(siteUrl: string | undefined): boolean {
  if (!siteUrl) return true
  const host = new URL(siteUrl).hostname
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]'
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = schema.safeParse(withoutEmpty(source))
  if (!result.success) {
    throw new InvalidEnvironmentError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    )
  }
  const env = result.data
  const problems: string[] = []
  if (env.NODE_ENV === 'production' && !env.PAYLOAD_SECRET && !isLocalUrl(env.SITE_URL)) {
    problems.push('PAYLOAD_SECRET: required when NODE_ENV=production (at least 32 random characters)')
  }
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither')
  }
  const dkim = [env.DKIM_DOMAIN, env.DKIM_SELECTOR, env.DKIM_PRIVATE_KEY].filter(Boolean).length
  if (dkim !== 0 && dkim !== 3) problems.push('DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY: set all three or none')
  if (problems.length) throw new InvalidEnvironmentError(problems)
  return {
    ...env,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? localSecret(env.DATA_DIR),
    SITE_URL: (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
  }
}

const cacheKey = Symbol.for('abolition.env')
type EnvHolder = { [cacheKey]?: Env }

/** The validated environment, parsed once per process (both bundles of the config share it). */
export function env(): Env {
  const holder = globalThis as EnvHolder
  holder[cacheKey] ??= parseEnv()
  return holder[cacheKey]
}
