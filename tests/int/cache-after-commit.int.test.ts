import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { globalTag } from '../../src/site/cache-tags'
import { pageCache } from '../../src/site/page-cache'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

const probe = (value: string) => pageCache().remember('probe:charity', [globalTag('site-settings')], () => Promise.resolve(value))

// Only PostgreSQL has transactions here: on SQLite every write commits at once.
it.skipIf(!process.env.TEST_DATABASE_URL)('drops what a reader cached from the database between a change and its commit', async () => {
  const req = await createLocalReq({}, t.payload)
  await initTransaction(req)
  await t.payload.updateGlobal({ slug: 'site-settings', data: { charityName: 'Freedom Line', charityNumber: '1234567' }, req })
  // A request outside the transaction still reads the old settings now, and remembers them.
  expect(await probe('the old name')).toBe('the old name')
  await commitTransaction(req)
  expect(await probe('the new name')).toBe('the new name')
})

it('invalidates once per change: what is read after it stays remembered', async () => {
  await t.payload.updateGlobal({ slug: 'site-settings', data: { charityName: 'Freedom Line', charityNumber: '1234567' } })
  expect(await probe('after the change')).toBe('after the change')
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(await probe('not read again')).toBe('after the change')
})
