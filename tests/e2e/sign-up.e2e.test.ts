import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { axeViolations, describeViolations } from './support/axe'
import { readTheForm } from './support/forms'
import { useSite } from './support/site'

const site = useSite()


/** The last message the site stored for this address (no SMTP in the browser run: the outbox keeps it). */
async function lastMailTo(address: string): Promise<string> {
  const login = await fetch(`${site.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: site.adminEmail, password: site.adminPassword }),
  })
  const { token } = (await login.json()) as { token: string }
  const query = new URLSearchParams({ 'where[to][equals]': address, sort: '-createdAt', limit: '1' })
  const response = await fetch(`${site.baseUrl}/api/mail-outbox?${query}`, { headers: { Authorization: `JWT ${token}` } })
  const { docs } = (await response.json()) as { docs: { text: string }[] }
  if (!docs[0]) throw new Error(`no mail to ${address}`)
  return docs[0].text
}

const pathOfLink = (text: string, prefix: string): string => {
  const url = new RegExp(`https?://[^\\s]+${prefix}[\\w-]+`).exec(text)?.[0]
  if (!url) throw new Error(`no ${prefix} link in ${text}`)
  return new URL(url).pathname
}

async function expectNoAxeViolations(page: Page, what: string) {
  expect(describeViolations(await axeViolations(page)), what).toEqual([])
}

/**
 * The whole journey a person takes: a mistake, the sign-up, the e-mail's link, the button, the
 * spent link, preferences and leaving. `check` runs on every page of it.
 */
async function walkTheFlow(page: Page, check: (what: string) => Promise<void>) {
  const email = `browser-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.org`
  await page.goto('/updates')
  await check('/updates')
  const form = page.locator('form.ab-signup--updates-page')
  // Nothing is ticked for the reader.
  expect(await form.getByRole('checkbox', { checked: true }).count()).toBe(0)

  await readTheForm(page)
  await form.getByRole('textbox', { name: /email address/i }).fill('not-an-address')
  await form.getByRole('textbox', { name: /first name/i }).fill('Ana')
  await form.getByRole('button', { name: 'Sign up' }).click()
  await expect.poll(() => page.getByRole('alert').innerText()).toContain('Enter an email address in the correct format')
  expect(await form.getByRole('textbox', { name: /email address/i }).inputValue()).toBe('not-an-address')
  expect(await form.getByRole('textbox', { name: /first name/i }).inputValue()).toBe('Ana')
  await check('/updates with errors')

  await readTheForm(page)
  await form.getByRole('textbox', { name: /email address/i }).fill(email)
  await form.getByRole('button', { name: 'Sign up' }).click()
  await page.waitForURL('**/updates/check-your-email')
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Check your email')
  await check('check your email')

  const mail = await lastMailTo(email)
  await page.goto(pathOfLink(mail, '/updates/confirm/'))
  await check('confirm page')
  await page.getByRole('button', { name: 'Confirm sign-up' }).click()
  await page.waitForURL('**/updates/confirmed')
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('You are signed up')
  await check('confirmed')

  // The spent link now says so and offers a new one.
  await page.goto(pathOfLink(mail, '/updates/confirm/'))
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('This link is not valid')
  await check('used link')

  const manage = pathOfLink(mail, '/updates/unsubscribe/')
  await page.goto(manage.replace('/unsubscribe/', '/preferences/'))
  await check('preferences')
  await page.goto(manage)
  await check('unsubscribe page')
  await page.getByRole('button', { name: 'Unsubscribe' }).click()
  await page.waitForURL('**/updates/unsubscribed')
  await check('unsubscribed')
}

it('signs up, confirms from the e-mail link and unsubscribes with JavaScript off', async () => {
  const context = await site.newContext({ javaScriptEnabled: false })
  await walkTheFlow(await context.newPage(), () => Promise.resolve())
})

it('axe finds nothing on any page of the flow', async () => {
  const context = await site.newContext()
  const page = await context.newPage()
  await walkTheFlow(page, (what) => expectNoAxeViolations(page, what))
})

it('puts the error summary first and focuses it, and Vietnamese pages answer in Vietnamese', async () => {
  const context = await site.newContext()
  const page = await context.newPage()
  await page.goto('/vi/updates')
  await readTheForm(page)
  const form = page.locator('form.ab-signup--updates-page')
  await form.getByRole('textbox', { name: /địa chỉ email/i }).focus()
  await page.keyboard.press('Enter')
  await page.waitForLoadState('load')
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert')
  expect(await page.getByRole('alert').innerText()).toContain('Nhập địa chỉ email của bạn')
  // From the summary, Tab reaches the link to the field, and the field says what is wrong.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#email')
  const field = form.getByRole('textbox', { name: /địa chỉ email/i })
  expect(await field.getAttribute('aria-invalid')).toBe('true')
  expect(await field.getAttribute('aria-describedby')).toContain('email-error')
  await expectNoAxeViolations(page, '/vi/updates with errors')
})

it('has the sign-up form in the footer of every page, usable by keyboard', async () => {
  const context = await site.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  const footerForm = page.getByRole('contentinfo').locator('form.ab-signup--footer')
  await readTheForm(page)
  await footerForm.getByRole('textbox', { name: /email address/i }).fill(`footer-${Date.now()}@example.org`)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await page.waitForURL('**/updates/check-your-email')
})
