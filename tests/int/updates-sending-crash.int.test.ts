import { fork, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { env } from '../../src/env'
import { closeMailTransports } from '../../src/features/mail'
import { dispatchUpdates } from '../../src/features/updates-sending/jobs/dispatch-updates'
import { runUpdatesQueue } from '../../src/features/updates-sending/queue'
import type { User } from '../../src/payload-types'
import { setUpCharity } from '../helpers/sign-up'
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { addSupporter, simpleBody, writeUpdate } from '../helpers/updates-sending'

let t: TestPayload
let smtp: SmtpSink
let runner: ChildProcess | undefined
let topics: string[]
let fundraiser: User

beforeAll(async () => {
  smtp = await startSmtpSink()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = 'Freedom Line <hello@freedom.example>'
  t = await startTestPayload()
  ;({ topics } = await setUpCharity(t.payload))
  fundraiser = await createStaff(t.payload, 'fundraiser')
})
afterAll(async () => {
  runner?.kill('SIGKILL')
  closeMailTransports()
  await smtp?.close()
  await t?.close()
})

/** The job runner as the server runs it, in its own process on this test's database. */
function startRunner(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork('tests/helpers/update-sender-child.ts', [], { execArgv: ['--import', 'tsx'], env: { ...process.env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    child.once('message', () => resolve(child))
    child.once('exit', (code) => reject(new Error(`the job runner exited (${code}) before it was ready`)))
  })
}

describe('a send interrupted halfway', () => {
  it('completes after a crash and a restart, and nobody gets the update twice', async () => {
    const [topic] = topics as [string]
    const recipients = Array.from({ length: 60 }, (_, i) => `person${i}@example.org`)
    for (const email of recipients) await addSupporter(t.payload, env().PAYLOAD_SECRET, { email, interests: [topic] })
    const update = await writeUpdate(t.payload, fundraiser, { subject: 'Halfway', body: simpleBody('Sent in two goes.'), interests: [topic] })

    runner = await startRunner()
    // The mail server takes 25 messages, then stops answering; the runner is killed mid-send.
    const stalled = smtp.holdAfter(25)
    await t.payload.update({ collection: 'updates', id: update.id, data: { status: 'sending' }, overrideAccess: false, user: fundraiser })
    await stalled
    // Let the runner record what the server accepted, as it does as soon as each answer comes.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const killed = new Promise((resolve) => runner?.once('exit', resolve))
    runner.kill('SIGKILL')
    await killed
    smtp.release()
    expect(smtp.messages).toHaveLength(25)
    const halfway = await t.payload.findByID({ collection: 'updates', id: update.id, overrideAccess: true })
    expect(halfway.status).toBe('sending')

    // Restarted, nothing resumes while the dead sender's lease runs (two minutes); the test lets it run out.
    expect(await dispatchUpdates(t.payload)).toMatchObject({ resumed: 0 })
    await t.payload.db.updateOne({ collection: 'updates', id: update.id, data: { leaseUntil: new Date(Date.now() - 1000).toISOString() }, returning: false })
    expect(await dispatchUpdates(t.payload)).toMatchObject({ resumed: 1 })
    await runUpdatesQueue(t.payload)

    const done = await t.payload.findByID({ collection: 'updates', id: update.id, overrideAccess: true })
    expect(done).toMatchObject({ status: 'sent', results: { recipients: 60, sent: 60, failed: 0 } })
    const counts = recipients.map((email) => smtp.to(email).length)
    expect(counts.filter((count) => count !== 1)).toEqual([])
    expect(smtp.messages).toHaveLength(60)
  })
})
