import { expect, it } from 'vitest'
import { logIn } from './support/admin'
import { useSite } from './support/site'

const site = useSite()

/** Headless Chromium says so in its user agent, and the counter skips bots: this one reads as a person. */
const readerAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

it('counts a reader’s page views and shows them to staff in the admin within seconds', async () => {
  const reader = await site.newContext({ userAgent: readerAgent })
  const page = await reader.newPage()
  for (let i = 0; i < 3; i++) await page.goto('/slavery-today/spot-the-signs')

  const staff = await site.newContext()
  const admin = await staff.newPage()
  await logIn(admin, site.adminEmail, site.adminPassword)
  // The counter writes every 5 seconds, off the request path.
  await expect
    .poll(
      async () => {
        await admin.goto('/admin/collections/page-views')
        // Before the first write there is no table at all; waiting for one would outlast the poll.
        const tables = admin.getByRole('table')
        return (await tables.count()) ? tables.first().textContent() : ''
      },
      { timeout: 20_000, interval: 2000 },
    )
    .toContain('/slavery-today/spot-the-signs')
  expect(await admin.getByRole('heading', { name: /Last 90 days: \d+ views/ }).count()).toBe(1)
  expect(await admin.getByRole('img', { name: /Views per day from/ }).count()).toBe(1)
})
