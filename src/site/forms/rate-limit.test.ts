import { describe, expect, it } from 'vitest'
import { createRateLimiter } from './rate-limit'

describe('createRateLimiter', () => {
  it('allows a key up to its limit, then refuses it while other keys go on', async () => {
    const limiter = createRateLimiter('test', { points: 2, durationSeconds: 60 }, { RATE_LIMITS: 'on' })
    expect(await limiter.allow('a')).toBe(true)
    expect(await limiter.allow('a')).toBe(true)
    expect(await limiter.allow('a')).toBe(false)
    expect(await limiter.allow('b')).toBe(true)
  })
  it('never refuses when rate limits are off', async () => {
    const limiter = createRateLimiter('test', { points: 1, durationSeconds: 60 }, { RATE_LIMITS: 'off' })
    for (let i = 0; i < 5; i++) expect(await limiter.allow('a')).toBe(true)
  })
})
