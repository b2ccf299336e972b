import { expect, it } from 'vitest'
import { submitLogin } from './support/admin'
import { useSite } from './support/site'
import { createStaffAccount, staffToken } from './support/staff-api'

const site = useSite()

it('five wrong passwords lock a staff account, and then the right one fails too', async () => {
  const email = 'lockout@example.org'
  const password = 'the-right-password-1234'
  // A second member of staff, so locking it out leaves the main editor account alone.
  await createStaffAccount(site.baseUrl, await staffToken(site.baseUrl, site.adminEmail, site.adminPassword), { email, password, role: 'editor' })

  const page = await (await site.newContext()).newPage()
  await page.goto('/admin')
  for (let attempt = 1; attempt <= 5; attempt++) {
    const response = await submitLogin(page, email, `wrong-password-${attempt}`)
    expect(response.ok(), `wrong password ${attempt} is refused`).toBe(false)
    await expect.poll(() => page.locator('[data-sonner-toast][data-type="error"]').count()).toBeGreaterThan(0)
  }

  const response = await submitLogin(page, email, password)
  expect(response.ok(), 'the right password is refused while locked').toBe(false)
  expect(JSON.stringify(await response.json())).toMatch(/locked/i)
  const lockedMessage = page.locator('[data-sonner-toast][data-type="error"]', { hasText: /locked/i })
  await expect.poll(() => lockedMessage.count(), { timeout: 10_000 }).toBeGreaterThan(0)
  expect(new URL(page.url()).pathname).toMatch(/\/admin\/login/)

  // The main editor is not affected.
  const editorLogin = await fetch(`${site.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: site.adminEmail, password: site.adminPassword }),
  })
  expect(editorLogin.status).toBe(200)
})
