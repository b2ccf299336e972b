import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outboxSlug, runMailQueue } from '../../src/features/mail'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
  await t.payload.create({
    collection: 'users',
    data: { email: 'staff@example.org', password: 'correct horse battery staple', name: 'Staff', role: 'admin' },
    overrideAccess: true,
  })
}, 120_000)
afterAll(() => t?.close())

describe("Payload's own mail", () => {
  it('puts a staff password reset into the outbox with a working reset link, instead of the console', async () => {
    await t.payload.forgotPassword({ collection: 'users', data: { email: 'staff@example.org' } })
    await runMailQueue(t.payload)
    const { docs } = await t.payload.find({ collection: outboxSlug, where: { to: { equals: 'staff@example.org' } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const message = docs[0] as { status: string; category: string; html: string; text: string }
    expect(message.status).toBe('sent')
    expect(message.category).toBe('staff')
    const link = /https?:\/\/[^"\s)]+\/admin\/reset\/[A-Za-z0-9]+/.exec(message.text)?.[0]
    expect(link, message.text).toBeTruthy()
    expect(message.html).toContain(link)
  })
})
