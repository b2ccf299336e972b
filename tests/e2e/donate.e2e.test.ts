import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { axeViolations, describeViolations } from './support/axe'
import { readTheForm } from './support/forms'
import { useSite } from './support/site'
import { lastMailTo, staffToken } from './support/staff-api'

const site = useSite()


async function expectNoAxeViolations(page: Page, what: string) {
  expect(describeViolations(await axeViolations(page)), what).toEqual([])
}

/**
 * A one-off gift with Gift Aid: a mistake first, then the form, Checkout (the local stand-in for
 * Stripe's page, which delivers the signed webhooks), and back to the thank-you page. `check`
 * runs on each of the site's pages on the way.
 */
async function giveWithGiftAid(page: Page, check: (what: string) => Promise<void>) {
  const email = `donor-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.org`
  await page.goto('/donate')
  await check('/donate')
  await readTheForm(page)
  await page.getByRole('radio', { name: 'Another amount' }).check()
  await page.getByRole('textbox', { name: 'Amount in pounds' }).fill('1.5')
  await page.getByRole('textbox', { name: 'First name' }).fill('Amira')
  await page.getByRole('textbox', { name: 'Last name' }).fill("O'Neill-Haddad")
  await page.getByRole('textbox', { name: 'Email address' }).fill(email)
  await page.getByRole('checkbox', { name: 'Yes, add Gift Aid to my donation' }).check()
  await page.getByRole('textbox', { name: 'House name or number' }).fill('12')
  await page.getByRole('textbox', { name: 'Home postcode' }).fill('75001')
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await page.waitForLoadState('load')
  const summary = await page.getByRole('alert').first().innerText()
  expect(summary).toContain('The smallest gift we can take online is £2')
  expect(summary).toContain('Enter a UK postcode')
  // What the person typed is still there.
  expect(await page.getByRole('textbox', { name: 'Last name' }).inputValue()).toBe("O'Neill-Haddad")
  expect(await page.getByRole('textbox', { name: 'Amount in pounds' }).inputValue()).toBe('1.5')
  await check('/donate with errors')

  await readTheForm(page)
  await page.getByRole('textbox', { name: 'Amount in pounds' }).fill('30')
  await page.getByRole('textbox', { name: 'Home postcode' }).fill('sw1a 1aa')
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await page.waitForURL(/\/pay\/cs_test_/)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Test Checkout')
  expect(await page.locator('body').innerText()).toContain('Amount: 30 GBP (payment)')
  await page.getByRole('button', { name: 'Pay' }).click()
  await page.waitForURL('**/donate/thank-you?session_id=*')
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Thank you for your gift')
  const thanks = await page.locator('main').innerText()
  expect(thanks).toContain('We have received your donation of £30.')
  expect(thanks).toContain('With Gift Aid, your gift is worth £37.50 to us.')
  await check('thank-you')
  return email
}

it('gives once with Gift Aid, with JavaScript off, and the receipt is queued once', async () => {
  const context = await site.newContext({ javaScriptEnabled: false })
  const email = await giveWithGiftAid(await context.newPage(), () => Promise.resolve())
  const token = await staffToken(site.baseUrl, site.adminEmail, site.adminPassword)
  const receipt = await lastMailTo(site.baseUrl, token, email)
  expect(receipt.subject).toMatch(/^Thank you for your donation to /)
  expect(receipt.text).toContain('We received your donation of £30 on')
  expect(receipt.text).toContain('adds £7.50 from HMRC')
  const response = await fetch(`${site.baseUrl}/api/donations?${new URLSearchParams({ 'where[email][equals]': email })}`, { headers: { Authorization: `JWT ${token}` } })
  const { docs } = (await response.json()) as { docs: { status: string; amountPence: number }[] }
  expect(docs).toEqual([expect.objectContaining({ status: 'paid', amountPence: 3000 })])
})

it('axe finds nothing on any page of the donate journey', async () => {
  const context = await site.newContext()
  const page = await context.newPage()
  await giveWithGiftAid(page, (what) => expectNoAxeViolations(page, what))
  // The monthly form, and the page Checkout's Back link returns to.
  await page.goto('/donate?frequency=monthly')
  await expectNoAxeViolations(page, 'monthly form')
  await readTheForm(page)
  await page.getByRole('radio', { name: /a month/ }).first().check()
  await page.getByRole('textbox', { name: 'First name' }).fill('Kai')
  await page.getByRole('textbox', { name: 'Last name' }).fill('Lee')
  await page.getByRole('textbox', { name: 'Email address' }).fill(`axe-${Date.now()}@example.org`)
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await page.waitForURL(/\/pay\/cs_test_/)
  await page.getByRole('link', { name: 'Back' }).click()
  await page.waitForURL('**/donate/cancelled/*')
  await expectNoAxeViolations(page, 'back from Checkout')
})

it('chooses monthly by keyboard, shows the monthly amounts, and comes back from Checkout with the choices kept', async () => {
  const context = await site.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/donate?appeal=winter')
  expect(await page.getByRole('radio', { name: /a month/ }).count()).toBe(0)
  // Monthly is a link: it reloads the form with the monthly amounts (no script needed), keeping the appeal.
  await page.getByRole('link', { name: 'Every month' }).focus()
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/donate\?frequency=monthly&appeal=winter$/)
  expect(await page.getByRole('link', { name: 'Every month' }).getAttribute('aria-current')).toBe('true')
  await readTheForm(page)
  // From the frequency links, Tab reaches the first monthly amount; Space chooses it.
  await page.getByRole('link', { name: 'Every month' }).focus()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  expect(await page.getByRole('radio', { name: /a month/ }).first().isChecked()).toBe(true)
  await page.getByRole('textbox', { name: 'First name' }).fill('Kai')
  await page.getByRole('textbox', { name: 'Last name' }).fill('Lee')
  await page.getByRole('textbox', { name: 'Email address' }).fill(`monthly-${Date.now()}@example.org`)
  await page.getByRole('button', { name: 'Continue to payment' }).focus()
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/pay\/cs_test_/)
  expect(await page.locator('body').innerText()).toContain('(subscription)')
  await page.getByRole('link', { name: 'Back' }).click()
  await page.waitForURL('**/donate/cancelled/*')
  expect(await page.getByRole('heading', { level: 2, name: 'You have not been charged' }).count()).toBe(1)
  expect(await page.getByRole('textbox', { name: 'First name' }).inputValue()).toBe('Kai')
  expect(await page.getByRole('link', { name: 'Every month' }).getAttribute('aria-current')).toBe('true')
})
