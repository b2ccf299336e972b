import { describe, expect, it } from 'vitest'
import { isHumanPaced, issueRenderStamp, minimumFillMs } from './form-timing'

const secret = 'a-secret-that-is-long-enough-for-tests'

describe('render stamp', () => {
  it('passes a form submitted after a person could have read it', () => {
    const stamp = issueRenderStamp(secret, 1_000_000)
    expect(isHumanPaced(secret, stamp, 1_000_000 + minimumFillMs)).toBe(true)
  })
  it('fails a form posted within two seconds of being rendered', () => {
    const stamp = issueRenderStamp(secret, 1_000_000)
    expect(isHumanPaced(secret, stamp, 1_000_000 + 500)).toBe(false)
  })
  it('fails a forged, altered, missing or foreign stamp', () => {
    const stamp = issueRenderStamp(secret, 1_000_000)
    expect(isHumanPaced(secret, stamp.replace('1000000', '999999'), 2_000_000)).toBe(false)
    expect(isHumanPaced(secret, undefined, 2_000_000)).toBe(false)
    expect(isHumanPaced(secret, 'nonsense', 2_000_000)).toBe(false)
    expect(isHumanPaced('another-secret-that-is-long-enough', stamp, 2_000_000)).toBe(false)
  })
})
