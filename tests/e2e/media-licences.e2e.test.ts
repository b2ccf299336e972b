import { expect, it } from 'vitest'
import { logIn } from './support/admin'
import { useSite } from './support/site'
import { bearer, staffToken } from './support/staff-api'

const site = useSite()

it('flags an image whose licence has expired above the media list and in its column', async () => {
  const token = await staffToken(site.baseUrl, site.adminEmail, site.adminPassword)
  const { docs } = (await (await fetch(`${site.baseUrl}/api/media?limit=1&depth=0`, { headers: bearer(token) })).json()) as { docs: { id: number }[] }
  const expired = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString()
  const patched = await fetch(`${site.baseUrl}/api/media/${docs[0]?.id}`, {
    method: 'PATCH',
    headers: { ...bearer(token), 'Content-Type': 'application/json' },
    body: JSON.stringify({ licenceExpiresOn: expired }),
  })
  expect(patched.status).toBe(200)

  const context = await site.newContext()
  const admin = await context.newPage()
  await logIn(admin, site.adminEmail, site.adminPassword)
  await admin.goto('/admin/collections/media')
  const banner = admin.getByRole('region', { name: 'Image licences' })
  await expect.poll(() => banner.innerText(), { timeout: 20_000 }).toContain('1 image has an expired licence')
  expect(await admin.getByRole('table').innerText()).toContain('Expired')
  // The banner's link lists exactly that image.
  await banner.getByRole('link', { name: /expired licence/ }).click()
  await admin.waitForURL(/where%5BlicenceExpiresOn%5D|where\[licenceExpiresOn\]/)
  await expect.poll(() => admin.getByRole('table').locator('tbody tr').count(), { timeout: 20_000 }).toBe(1)
})
