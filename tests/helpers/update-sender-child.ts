// A job runner in a process of its own, on the test's database, so a test can kill it outright
// (SIGKILL: no cleanup, as in a crash or a power cut) in the middle of a send.
import { getPayload } from 'payload'
import { runUpdatesQueue } from '../../src/features/updates-sending/queue'

const { default: configPromise } = await import('../../src/payload.config')
const config = await configPromise
config.typescript.autoGenerate = false
Object.assign(config, { logger: { options: { level: process.env.TEST_LOG_LEVEL ?? 'error' } } })
const payload = await getPayload({ config })
process.send?.('ready')
for (;;) {
  await runUpdatesQueue(payload)
  await new Promise((resolve) => setTimeout(resolve, 200))
}
