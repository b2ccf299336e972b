import { simpleParser, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type SmtpSink = {
  /** An SMTP_URL for the app under test. */
  url: string
  /** Every message the server accepted, parsed, in order of arrival. */
  messages: ParsedMail[]
  /** Messages accepted for this recipient. */
  to: (address: string) => ParsedMail[]
  /** The next `count` messages are refused with a temporary error (451), as a busy server does. */
  refuseNext: (count: number) => void
  /** This recipient is refused outright (550), as for an address that does not exist. */
  refuseRecipient: (address: string) => void
  /**
   * Accepts `count` more messages, then answers no more: each later message waits for its reply
   * (as with a server that hangs) until `release()`. Resolves when the first one is waiting.
   */
  holdAfter: (count: number) => Promise<void>
  /** Refuses every waiting message with a temporary error (451) and stops holding. */
  release: () => void
  /** A raw header line of a message, unfolded, e.g. `List-Unsubscribe: <https://…>`. */
  headerLine: (message: ParsedMail, name: string) => string | undefined
  close: () => Promise<void>
}

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode })

/** A real SMTP server on loopback, on a free port, that keeps what it is sent. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = []
  const refusedRecipients = new Set<string>()
  let refusals = 0
  let hold: { remaining: number; waiting: ((error?: Error) => void)[]; started: () => void } | undefined
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onRcptTo(address, _session, callback) {
      if (refusedRecipients.has(address.address)) return callback(smtpError('No such user here', 550))
      callback()
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          if (refusals > 0) {
            refusals--
            return callback(smtpError('Too busy, try again later', 451))
          }
          if (hold && hold.remaining <= 0) {
            hold.waiting.push(callback)
            return hold.started()
          }
          if (hold) hold.remaining--
          messages.push(parsed)
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const addressesOf = (message: ParsedMail) => {
    const to = message.to === undefined ? [] : Array.isArray(message.to) ? message.to : [message.to]
    return to.flatMap((group) => group.value.map((entry) => entry.address))
  }
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) => messages.filter((message) => addressesOf(message).includes(address)),
    refuseNext: (count) => void (refusals = count),
    refuseRecipient: (address) => void refusedRecipients.add(address),
    holdAfter: (count) => new Promise<void>((resolve) => void (hold = { remaining: count, waiting: [], started: resolve })),
    release: () => {
      const waiting = hold?.waiting ?? []
      hold = undefined
      for (const callback of waiting) callback(smtpError('Try again later', 451))
    },
    headerLine: (message, name) => message.headerLines.find((header) => header.key === name.toLowerCase())?.line.replace(/\r\n(?=[ \t])/g, '').replace(/:\s+/, ': '),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
