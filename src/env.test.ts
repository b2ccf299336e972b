import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { InvalidEnvironmentError, parseEnv } from './env'

const secret = 'x'.repeat(40)
let dataDir: string

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'abolition-env-'))
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

/**
 * The environment as a process would see it, with this test's own data folder. (Next's types
 * declare NODE_ENV always present; these tests need it absent too, hence the cast.)
 */
const parse = (vars: Record<string, string> = {}) => parseEnv({ DATA_DIR: dataDir, ...vars } as unknown as NodeJS.ProcessEnv)

function problemsOf(vars: Record<string, string>): string[] {
  try {
    parse(vars)
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems
    throw error
  }
  throw new Error('expected the environment to be rejected')
}

describe('parseEnv', () => {
  it('runs with no configuration: SQLite, port 3000, a local site URL, caches and limits on', () => {
    const env = parse()
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATABASE_URL: 'file:./data/site.db',
      SITE_URL: 'http://localhost:3000',
      PAGE_CACHE: 'on',
      RATE_LIMITS: 'on',
    })
  })

  it('generates a secret into the data folder once and reuses it on the next start', () => {
    const first = parse().PAYLOAD_SECRET
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(path.join(dataDir, 'payload-secret'), 'utf8')).toBe(first)
    expect(parse().PAYLOAD_SECRET).toBe(first)
  })

  it('treats an empty variable as unset and drops a trailing slash from SITE_URL', () => {
    const env = parse({ PORT: '', SITE_URL: 'https://example.org/', PAYLOAD_SECRET: secret })
    expect(env.PORT).toBe(3000)
    expect(env.SITE_URL).toBe('https://example.org')
  })

  it('names the variable that is wrong and says how to fix it', () => {
    expect(problemsOf({ DATABASE_URL: 'mysql://db/site' })).toEqual([
      'DATABASE_URL: must start with file: or postgres://',
    ])
    const [portProblem] = problemsOf({ PORT: 'eighty' })
    expect(portProblem).toMatch(/^PORT: /)
    expect(() => parse({ PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET: must be at least 32 characters/)
  })

  it('requires PAYLOAD_SECRET in production on a real host, not on localhost', () => {
    expect(problemsOf({ NODE_ENV: 'production', SITE_URL: 'https://charity.example' })).toEqual([
      expect.stringMatching(/^PAYLOAD_SECRET: required when NODE_ENV=production/),
    ])
    expect(parse({ NODE_ENV: 'production', SITE_URL: 'http://127.0.0.1:3000' }).PAYLOAD_SECRET).toHaveLength(64)
    expect(parse({ NODE_ENV: 'production', SITE_URL: 'https://charity.example', PAYLOAD_SECRET: secret }).PAYLOAD_SECRET).toBe(secret)
  })

  it('rejects ADMIN_EMAIL without ADMIN_PASSWORD, and the other way round', () => {
    expect(problemsOf({ ADMIN_EMAIL: 'admin@example.org' })).toEqual(['ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither'])
    expect(problemsOf({ ADMIN_PASSWORD: 'long enough password' })).toEqual(['ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither'])
    expect(parse({ ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'long enough password' }).ADMIN_EMAIL).toBe(
      'admin@example.org',
    )
  })

  it('signs mail with DKIM only when the domain, selector and key are all set', () => {
    const problem = 'DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY: set all three or none'
    expect(problemsOf({ DKIM_DOMAIN: 'charity.example', DKIM_SELECTOR: 'mail2026' })).toEqual([problem])
    expect(problemsOf({ DKIM_PRIVATE_KEY: '/etc/dkim/private.pem' })).toEqual([problem])
    expect(parse({ DKIM_DOMAIN: 'charity.example', DKIM_SELECTOR: 'mail2026', DKIM_PRIVATE_KEY: '/etc/dkim/private.pem' }).DKIM_SELECTOR).toBe('mail2026')
    expect(parse().UPDATES_SEND_RATE).toBe(0)
  })
})
