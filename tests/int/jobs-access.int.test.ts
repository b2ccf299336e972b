import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/access/roles'
import { mailQueue, outboxSlug, queueMail, renderMail } from '../../src/features/mail'
import { createStaff, signIn, staffAuthorization } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let messageId: number | string
beforeAll(async () => {
  delete process.env.SMTP_URL
  t = await startTestPayload()
  // The first account is made an admin whatever it asks for; the roles under test come after.
  await createStaff(t.payload, 'admin')
  const { html, text } = renderMail({ locale: 'en', charityName: 'Freedom Line', heading: 'Confirm', paragraphs: ['Hello'] })
  ;({ id: messageId } = await queueMail(t.payload, { to: 'ana@example.org', subject: 'Please confirm', html, text, locale: 'en', idempotencyKey: 'jobs-access', category: 'confirmation' }))
})
afterAll(() => t?.close())

async function runJobsAs(role: Role): Promise<Response> {
  const token = await signIn(t.payload, (await createStaff(t.payload, role)).email)
  return handleEndpoints({
    config: t.payload.config,
    request: new Request(`http://localhost:3000/api/payload-jobs/run?queue=${mailQueue}`, { headers: staffAuthorization(token) }),
  })
}

const status = async () => (await t.payload.findByID({ collection: outboxSlug, id: messageId, overrideAccess: true })).status

describe('running jobs through the REST API', () => {
  it.each(['viewer', 'editor', 'fundraiser'] as const)('is refused to %s staff, and nothing runs', async (role) => {
    expect((await runJobsAs(role)).status).toBe(401)
    expect(await status()).toBe('queued')
  })

  it('is allowed to an admin', async () => {
    expect((await runJobsAs('admin')).status).toBe(200)
    expect(await status()).toBe('sent')
  })
})
