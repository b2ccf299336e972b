import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { releaseStalledJobs, stalledAfterMs, stalledRunsAllowed } from '../../src/features/jobs/release-stalled'
import { outboxSlug, queueMail, renderMail, runMailQueue } from '../../src/features/mail'
import { updatesQueue } from '../../src/features/updates-sending/queue'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
beforeAll(async () => {
  delete process.env.SMTP_URL
  t = await startTestPayload()
})
afterAll(() => t?.close())

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

/** What a process killed mid-round leaves behind: the job marked running since `since`. */
async function markRunning(id: number | string, since: string): Promise<void> {
  await t.payload.db.updateMany({ collection: 'payload-jobs', where: { id: { equals: id } }, data: { processing: true, updatedAt: since } })
}

async function queueConfirmation(key: string): Promise<{ messageId: number | string; jobId: number | string }> {
  const { html, text } = renderMail({ locale: 'en', charityName: 'Freedom Line', heading: 'Confirm', paragraphs: ['Hello'] })
  const message = await queueMail(t.payload, { to: `${key}@example.org`, subject: 'Please confirm', html, text, locale: 'en', idempotencyKey: key, category: 'confirmation' })
  const { docs } = await t.payload.find({ collection: 'payload-jobs', where: { 'input.messageKey': { equals: key } }, overrideAccess: true, limit: 1 })
  const job = docs[0]
  if (!job) throw new Error(`no sendMail job for ${key}`)
  return { messageId: message.id, jobId: job.id }
}

const job = (id: number | string) => t.payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true })
const message = (id: number | string) => t.payload.findByID({ collection: outboxSlug, id, overrideAccess: true })

describe('jobs left running by a process that stopped', () => {
  it('are queued again after a while, and the confirmation mail then goes out exactly once', async () => {
    const stalled = await queueConfirmation('stalled-confirmation')
    await markRunning(stalled.jobId, minutesAgo(stalledAfterMs / 60_000 + 1))

    await runMailQueue(t.payload)
    expect((await message(stalled.messageId)).status).toBe('queued')

    expect(await releaseStalledJobs(t.payload)).toEqual({ requeued: 1, givenUp: 0 })
    expect((await job(stalled.jobId)).processing).toBe(false)
    await runMailQueue(t.payload)
    expect(await message(stalled.messageId)).toMatchObject({ status: 'sent', attempts: 1 })
    // Finished jobs are deleted; nothing is left to send it twice.
    expect(await releaseStalledJobs(t.payload)).toEqual({ requeued: 0, givenUp: 0 })
    await runMailQueue(t.payload)
    expect((await message(stalled.messageId)).attempts).toBe(1)
  })

  it('leaves a job that started recently alone: it may still be running', async () => {
    const running = await queueConfirmation('running-confirmation')
    await markRunning(running.jobId, minutesAgo(2))
    expect(await releaseStalledJobs(t.payload)).toEqual({ requeued: 0, givenUp: 0 })
    expect((await job(running.jobId)).processing).toBe(true)
  })

  it('leaves an update being sent to its lease (a send may rightly run for an hour)', async () => {
    const sending = await t.payload.jobs.queue({ task: 'sendUpdate', queue: updatesQueue, input: { updateId: '999999', lease: 'held-elsewhere' } })
    await markRunning(sending.id, minutesAgo(120))
    expect(await releaseStalledJobs(t.payload)).toEqual({ requeued: 0, givenUp: 0 })
    expect((await job(sending.id)).processing).toBe(true)
  })

  it('gives up on a job that was running every time the server died, rather than run it for ever', async () => {
    const deadly = await queueConfirmation('deadly-confirmation')
    for (let stop = 1; stop < stalledRunsAllowed; stop++) {
      await markRunning(deadly.jobId, minutesAgo(stalledAfterMs / 60_000 + 1))
      expect(await releaseStalledJobs(t.payload)).toEqual({ requeued: 1, givenUp: 0 })
    }
    await markRunning(deadly.jobId, minutesAgo(stalledAfterMs / 60_000 + 1))
    expect(await releaseStalledJobs(t.payload)).toEqual({ requeued: 0, givenUp: 1 })
    expect(await job(deadly.jobId)).toMatchObject({ processing: false, hasError: true, totalTried: stalledRunsAllowed })
    // The outbox says so too, rather than "queued" for ever.
    const given = await message(deadly.messageId)
    expect(given.status).toBe('failed')
    expect(given.lastError).toMatch(/stopped 3 times/)
    await runMailQueue(t.payload)
    expect((await message(deadly.messageId)).status).toBe('failed')
  })
})
