import { describe, expect, it } from 'vitest'
import { failureKind, failureReason } from './failures'

const smtpError = (code: string, responseCode: number, message: string) => Object.assign(new Error(message), { code, responseCode })

describe('what a failed attempt means', () => {
  it('takes a 5xx to the recipient as a bouncing address, a 5xx to the message as final, and the rest as temporary', () => {
    expect(failureKind(smtpError('EENVELOPE', 550, "Can't send mail - all recipients were rejected: 550 No such user here"))).toBe('bounced')
    expect(failureKind(smtpError('EMESSAGE', 552, 'Message size exceeds fixed limit'))).toBe('refused')
    expect(failureKind(smtpError('EENVELOPE', 451, 'Greylisted, try again later'))).toBe('temporary')
    expect(failureKind(smtpError('ECONNECTION', 0, 'connect ECONNREFUSED 127.0.0.1:25'))).toBe('temporary')
  })

  it('keeps the server’s reason without the address', () => {
    expect(failureReason(new Error('550 5.1.1 <ana.pop@example.org>: Recipient address rejected'))).toBe('550 5.1.1 <<address>>: Recipient address rejected')
  })
})
