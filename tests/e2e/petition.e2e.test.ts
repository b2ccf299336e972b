import type { Page } from 'playwright-core'
import { beforeAll, expect, it } from 'vitest'
import { logIn } from './support/admin'
import { axeViolations, describeViolations } from './support/axe'
import { readTheForm } from './support/forms'
import { useSite } from './support/site'
import { bearer, lastMailTo, pathOfLink, staffToken } from './support/staff-api'

const site = useSite()
const slug = 'end-forced-labour-in-supply-chains'

let token: string
beforeAll(async () => {
  token = await staffToken(site.baseUrl, site.adminEmail, site.adminPassword)
})


/** A surname of letters only (the form accepts names, not digits), different on every run. */
const uniqueSurname = () => `Tester${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`

/** The verified count as the page shows it: "1,234 verified signatures …". */
async function shownCount(page: Page, path: string): Promise<number> {
  await page.goto(path)
  const text = await page.locator('#signature-count').innerText()
  const match = /^([\d,.\s]+) verified/.exec(text)
  if (!match?.[1]) throw new Error(`no count in "${text}"`)
  return Number(match[1].replace(/\D/g, ''))
}

async function fillPetition(page: Page, fields: { firstName: string; lastName: string; email: string }) {
  const form = page.locator('form.ab-petition__form')
  await form.getByRole('textbox', { name: 'First name' }).fill(fields.firstName)
  await form.getByRole('textbox', { name: 'Last name' }).fill(fields.lastName)
  await form.getByRole('textbox', { name: /e-mail address/i }).fill(fields.email)
  await form.getByRole('combobox', { name: 'Country' }).selectOption('GB')
  await form.getByRole('textbox', { name: /UK postcode/ }).fill('sw1a 1aa')
  await form.getByRole('button', { name: 'Sign the petition' }).click()
}

/**
 * A person's whole journey: a mistake, the signature, the thank-you page, the e-mail's link, the
 * button, the spent link; `check` runs on every page of it. Returns the name signed with.
 */
async function signThePetition(page: Page, check: (what: string) => Promise<void>): Promise<string> {
  const path = `/campaigns/${slug}`
  const before = await shownCount(page, path)
  await check('campaign page')
  const email = `petition-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.org`
  const lastName = uniqueSurname()

  await readTheForm(page)
  await fillPetition(page, { firstName: '', lastName, email: 'not-an-address' })
  await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('Enter your first name')
  const form = page.locator('form.ab-petition__form')
  expect(await form.getByRole('textbox', { name: 'Last name' }).inputValue()).toBe(lastName)
  expect(await form.getByRole('textbox', { name: /e-mail address/i }).inputValue()).toBe('not-an-address')
  await check('petition with errors')

  await readTheForm(page)
  await fillPetition(page, { firstName: 'Nadia', lastName, email })
  await page.waitForURL(`**${path}/thanks`)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Thank you: now check your e-mail')
  await check('thank-you page')

  // Stored in the outbox before the thank-you page was sent.
  const mail = await lastMailTo(site.baseUrl, token, email)
  expect(mail.subject).toMatch(/^Confirm your signature: /)
  const confirmPath = pathOfLink(mail.text, `${path}/confirm/`)
  await page.goto(confirmPath)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Confirm your signature')
  await check('confirm page')
  // Opening the link changed nothing; the button does.
  await page.getByRole('button', { name: 'Confirm my signature' }).click()
  await page.waitForURL(`**${path}/confirmed`)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Your signature counts')
  await check('confirmed page')

  await page.goto(confirmPath)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('This link does not work')
  await check('spent link')

  // The cached page refreshes its count within five seconds; exactly one more.
  await expect.poll(() => shownCount(page, path), { timeout: 15_000, interval: 1000 }).toBe(before + 1)
  return `Nadia ${lastName}`
}

let signedName = ''

it('signs a petition with JavaScript off: form, thank-you, e-mail, confirm, and the count goes up by one', async () => {
  const context = await site.newContext({ javaScriptEnabled: false })
  signedName = await signThePetition(await context.newPage(), () => Promise.resolve())
})

it('axe finds nothing on any page of the petition journey', async () => {
  const context = await site.newContext()
  const page = await context.newPage()
  await signThePetition(page, async (what) => expect(describeViolations(await axeViolations(page)), what).toEqual([]))
})

it('refuses a signature posted after the petition closed, plainly and accessibly', async () => {
  const late = `closing-${Date.now()}`
  const created = await fetch(`${site.baseUrl}/api/campaigns`, {
    method: 'POST',
    headers: { ...bearer(token), 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'A petition about to close', summary: 'It closes while you read it.', target: 'The Minister', petitionText: 'Act now.', signatureGoal: 100, status: 'open', slug: late, _status: 'published' }),
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  // JavaScript on: axe runs as a script in the page.
  const context = await site.newContext()
  const page = await context.newPage()
  await page.goto(`/campaigns/${late}`)
  await readTheForm(page)
  // The campaign closes while the person is filling in the form.
  const closed = await fetch(`${site.baseUrl}/api/campaigns/${doc.id}`, {
    method: 'PATCH',
    headers: { ...bearer(token), 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'closed', outcome: 'The minister agreed to meet us.', _status: 'published' }),
  })
  expect(closed.status).toBe(200)
  const response = page.waitForResponse((r) => r.request().method() === 'POST')
  await fillPetition(page, { firstName: 'Late', lastName: 'Signer', email: `late-${Date.now()}@example.org` })
  expect((await response).status()).toBe(410)
  expect(await page.getByRole('alert').innerText()).toContain('This petition is no longer taking signatures')
  expect(await page.getByText('The minister agreed to meet us.').count()).toBe(1)
  expect(await page.locator('form.ab-petition__form').count()).toBe(0)
  expect(describeViolations(await axeViolations(page)), 'closed petition refusal').toEqual([])
})

it('shows staff the signatures per day and a printable delivery list with the signer on it', async () => {
  expect(signedName, 'the JavaScript-off journey ran first').not.toBe('')
  const found = await fetch(`${site.baseUrl}/api/campaigns?where[slug][equals]=${slug}&depth=0`, { headers: bearer(token) })
  const { docs } = (await found.json()) as { docs: { id: number }[] }
  const context = await site.newContext()
  const admin = await context.newPage()
  await logIn(admin, site.adminEmail, site.adminPassword)
  await admin.goto(`/admin/collections/campaigns/${docs[0]?.id}`)
  await expect.poll(() => admin.getByRole('heading', { name: /^Signatures: \d+ verified$/ }).count(), { timeout: 20_000 }).toBe(1)
  const today = new Date().toISOString().slice(0, 10)
  expect(await admin.getByRole('table').filter({ hasText: 'Verified signatures per day' }).innerText()).toContain(today)
  expect(await admin.getByRole('img', { name: /Verified signatures per day from/ }).count()).toBe(1)

  const printable = await admin.getByRole('link', { name: 'Printable delivery list' }).getAttribute('href')
  expect(printable).toMatch(/^\/api\/signatures\/delivery\.html\?campaign=\d+$/)
  await admin.goto(printable ?? '')
  const list = await admin.locator('body').innerText()
  expect(list).toContain(signedName)
  expect(list).toContain('SW1A, United Kingdom')
  expect(list).not.toContain('@example.org')
  // Signed out, the list is refused.
  const anonymous = await fetch(`${site.baseUrl}${printable}`)
  expect(anonymous.status).toBe(403)
})
