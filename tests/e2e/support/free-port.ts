import { createServer } from 'node:net'

/** A TCP port nobody listens on: E2E_PORT when given, otherwise one the OS picks. */
export async function freePort(): Promise<number> {
  const fixed = Number(process.env.E2E_PORT)
  if (Number.isInteger(fixed) && fixed > 0) return fixed
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}
