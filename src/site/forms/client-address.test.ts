import { describe, expect, it } from 'vitest'
import { addressFrom } from './client-address'

describe('addressFrom', () => {
  it('uses the socket when no proxy is trusted, whatever the header claims', () => {
    expect(addressFrom('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9')
  })

  it('takes the client reported by the trusted proxy, not what the client wrote itself', () => {
    // The client sent "1.2.3.4" itself; nginx appended the real peer.
    expect(addressFrom('127.0.0.1', '1.2.3.4, 198.51.100.7', 1)).toBe('198.51.100.7')
    expect(addressFrom('10.0.0.2', '1.2.3.4, 198.51.100.7, 10.0.0.1', 2)).toBe('198.51.100.7')
  })

  it('falls back to the socket when the header is missing or shorter than the trusted chain', () => {
    expect(addressFrom('127.0.0.1', undefined, 1)).toBe('127.0.0.1')
    expect(addressFrom('127.0.0.1', '198.51.100.7', 2)).toBe('127.0.0.1')
    expect(addressFrom(undefined, undefined, 0)).toBe('in-process')
  })
})
