import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type CountingSink = {
  url: string
  /** Messages accepted per recipient address. */
  received: Map<string, number>
  close: () => Promise<void>
}

/**
 * An SMTP server on loopback that accepts everything and only counts it: the benchmark measures
 * the sender, so the receiving side does as little as it can (no parsing, nothing kept).
 */
export async function startCountingSink(): Promise<CountingSink> {
  const received = new Map<string, number>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onData(stream, session, callback) {
      stream.on('data', () => {})
      stream.on('end', () => {
        for (const recipient of session.envelope.rcptTo) received.set(recipient.address, (received.get(recipient.address) ?? 0) + 1)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
