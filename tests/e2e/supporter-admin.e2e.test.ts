import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/access/roles'
import { logIn } from './support/admin'
import { startProductionServer, tailOf, type ProductionServer } from './support/production-server'
import { readTheForm } from './support/forms'
import { useSite } from './support/site'
import { bearer, createStaffAccount, lastMailTo, pathOfLink, staffToken } from './support/staff-api'

/**
 * The staff tools for supporters (issue 4): the whole list as CSV, one person's data as JSON (a
 * subject access request) and "Erase this person" (the right to erasure), as admins and
 * fundraisers use them in the admin, and what the public sign-up does with an erased address.
 *
 * This file runs its own server with RATE_LIMITS=off: the sign-up form sends one address at most
 * one e-mail per 15 minutes, so on the shared server a second sign-up after the erasure would send
 * nothing merely because of that limit, and could not show that the address is suppressed.
 */
const site = useSite()
let server: ProductionServer
let adminToken: string
const staff: Partial<Record<Role, { email: string; password: string; token: string }>> = {}

const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const person = { email: `sar-${stamp}@example.org`, firstName: 'Ana' }
let supporterId: number

const api = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${server.baseUrl}${path}`, { ...init, headers: bearer(token), signal: AbortSignal.timeout(15_000) })

async function addStaff(role: Role): Promise<void> {
  const account = { role, email: `${role}-${stamp}@example.org`, password: `pw-${stamp}-${role}` }
  staff[role] = { ...account, token: await createStaffAccount(server.baseUrl, adminToken, account) }
}

/** A fresh browser profile on this file's server. */
const newPage = async (lifetime: 'test' | 'file' = 'test'): Promise<Page> =>
  (await site.newContext({ baseURL: server.baseUrl }, { keep: lifetime })).newPage()

/**
 * The /updates form filled in and sent from the keyboard. Returns the text of the page it ends on,
 * which is the same whatever happened (the site never tells who is signed up).
 */
async function signUp(page: Page, email: string, firstName = ''): Promise<string> {
  await page.goto('/updates')
  const form = page.locator('form.ab-signup--updates-page')
  await form.getByRole('textbox', { name: /first name/i }).fill(firstName)
  const address = form.getByRole('textbox', { name: /email address/i })
  await address.fill(email)
  await readTheForm(page)
  await address.press('Enter')
  await page.waitForURL(/\/updates\/check-your-email$/)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Check your email')
  return page.locator('main').innerText()
}

/** Waits (up to 10 s) until the server's log has a line matching the pattern. */
async function waitForLog(logFile: string, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!pattern.test(await readFile(logFile, 'utf8'))) {
    if (Date.now() > deadline) throw new Error(`the server never logged ${pattern}:\n${tailOf(logFile, 30)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** Resolves with the text of the file the action downloads, and its suggested name. */
async function downloaded(page: Page, action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()])
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') }
}

/** Opens the supporter's record the way staff find it: the list, then the row with the address. */
async function openRecord(page: Page, email: string): Promise<void> {
  await page.goto('/admin/collections/supporters')
  await page.getByRole('link', { name: email, exact: true }).click()
  await page.waitForURL(/\/admin\/collections\/supporters\/\d+$/)
}

const exportLink = (page: Page) => page.getByRole('link', { name: 'Export this person’s data (JSON)' })
const eraseButton = (page: Page) => page.getByRole('button', { name: 'Erase this person' })

beforeAll(async () => {
  server = await startProductionServer(() => ({ RATE_LIMITS: 'off' }))

  // A person signs up on the public site and confirms from the e-mail's link.
  const page = await newPage()
  await signUp(page, person.email, person.firstName)
  // Nobody has opened /admin or /api yet, so only the server's own start can have started the
  // mail queue's poller (Payload otherwise starts it on the first admin request).
  await waitForLog(server.logFile, /confirmation.{0,3} message \d+ is kept in the outbox/)
  adminToken = await staffToken(server.baseUrl, server.adminEmail, server.adminPassword)
  await addStaff('fundraiser')
  await addStaff('editor')
  await page.goto(pathOfLink((await lastMailTo(server.baseUrl, adminToken, person.email)).text, '/updates/confirm/'))
  await page.getByRole('button', { name: 'Confirm sign-up' }).click()
  await page.waitForURL(/\/updates\/confirmed$/)
  await page.context().close()

  const query = new URLSearchParams({ 'where[email][equals]': person.email, depth: '0' })
  const { docs } = (await (await api(`/api/supporters?${query}`, adminToken)).json()) as { docs: { id: number; status: string }[] }
  expect(docs.map((doc) => doc.status)).toEqual(['subscribed'])
  supporterId = docs[0]!.id
})

afterAll(async () => {
  await server?.stop()
})

// useSite saves the shared server's log when a test fails; this file's server is the one that matters.
afterEach((context) => {
  if (context.task.result?.state === 'fail' && server) console.log(`[e2e] this file's server log:\n${tailOf(server.logFile, 80)}`)
})

describe('who may use the tools', () => {
  it('a fundraiser sees the export and erase controls on a supporter’s record', async () => {
    const page = await newPage()
    const fundraiser = staff.fundraiser!
    await logIn(page, fundraiser.email, fundraiser.password)
    await openRecord(page, person.email)
    await exportLink(page).waitFor()
    expect(await eraseButton(page).isVisible()).toBe(true)
    expect((await api(`/api/supporters/${supporterId}/personal-data`, fundraiser.token)).status).toBe(200)
  })

  it('an editor gets neither the data nor the erasure', async () => {
    const editor = staff.editor!
    for (const [path, method] of [
      [`/api/supporters/${supporterId}/personal-data`, 'GET'],
      ['/api/supporters/export.csv', 'GET'],
      [`/api/supporters/${supporterId}/erase`, 'POST'],
    ] as const) {
      const response = await api(path, editor.token, { method })
      expect(response.status, `${method} ${path}`).toBe(403)
      expect(await response.text(), `${method} ${path}`).not.toContain(person.email)
    }
    const page = await newPage()
    await logIn(page, editor.email, editor.password)
    // Supporters are hidden from editors: the record's address sends them back to "Nothing found".
    await page.goto(`/admin/collections/supporters/${supporterId}`)
    await page.waitForURL(/\/admin\/collections\/supporters\?notFound=1$/)
    await page.getByText('Nothing found', { exact: true }).waitFor()
    expect(await page.locator('body').innerText()).not.toContain(person.email)
    expect(await exportLink(page).count()).toBe(0)
    expect(await eraseButton(page).count()).toBe(0)
    // The editor's erase request changed nothing.
    const record = (await (await api(`/api/supporters/${supporterId}?depth=0`, adminToken)).json()) as { status: string; email: string }
    expect(record).toMatchObject({ status: 'subscribed', email: person.email })
  })
})

describe('an admin handles one person’s data', () => {
  let admin: Page
  beforeAll(async () => {
    admin = await newPage('file')
    await logIn(admin, server.adminEmail, server.adminPassword)
  })

  it('downloads every supporter as CSV from the list, with the header row', async () => {
    await admin.goto('/admin/collections/supporters')
    const csv = await downloaded(admin, () => admin.getByRole('link', { name: 'Download all supporters as CSV' }).click())
    expect(csv.name).toMatch(/^supporters-\d{4}-\d{2}-\d{2}\.csv$/)
    const rows = csv.text.split('\r\n')
    expect(rows[0]).toBe('id,email,first_name,status,language,topics,signed_up,confirmed,unsubscribed')
    const row = rows.find((line) => line.startsWith(`${supporterId},`))
    expect(row?.split(',').slice(0, 5)).toEqual([String(supporterId), person.email, 'Ana', 'subscribed', 'en'])
  })

  it('exports the person’s data as JSON from the keyboard: their address and consent history', async () => {
    await openRecord(admin, person.email)
    const link = exportLink(admin)
    await link.focus()
    const file = await downloaded(admin, () => admin.keyboard.press('Enter'))
    expect(file.name).toBe(`supporter-${supporterId}.json`)
    const data = JSON.parse(file.text) as {
      supporter: Record<string, unknown>
      consentHistory: { kind: string; form: string }[]
      emailsSent: { subject: string }[]
    }
    expect(data.supporter).toMatchObject({ id: supporterId, email: person.email, firstName: 'Ana', status: 'subscribed' })
    expect(data.consentHistory.map((entry) => entry.kind)).toEqual(['signup', 'confirmation'])
    expect(data.consentHistory[0]?.form).toBe('updates-page')
    expect(data.emailsSent.length).toBeGreaterThan(0)
    // Keys, token hashes and the suppression hash are never handed out, even to an admin.
    for (const secret of ['emailKey', 'manageKey', 'manageTokenHash', 'confirmTokenHash', 'suppressionHash']) {
      expect(file.text, secret).not.toContain(`"${secret}"`)
    }
  })

  it('asks before erasing, and erases only when the admin says yes', async () => {
    const asked: string[] = []
    admin.once('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.dismiss()
    })
    const button = eraseButton(admin)
    await button.focus()
    await admin.keyboard.press('Enter')
    await expect.poll(() => asked.length).toBe(1)
    expect(asked[0]).toContain('cannot be undone')
    const kept = (await (await api(`/api/supporters/${supporterId}?depth=0`, adminToken)).json()) as { status: string }
    expect(kept.status).toBe('subscribed')

    admin.once('dialog', (dialog) => void dialog.accept())
    const [erased] = await Promise.all([
      admin.waitForResponse((r) => new URL(r.url()).pathname === `/api/supporters/${supporterId}/erase`),
      button.press('Enter'),
    ])
    expect(erased.status()).toBe(200)
    // The record reloads: erased, the address gone, and no more buttons to press.
    await expect.poll(() => admin.locator('#field-status .rs__single-value').innerText(), { timeout: 20_000 }).toBe('Erased')
    expect(await admin.locator('#field-email').inputValue()).toBe('')
    expect(await exportLink(admin).count()).toBe(0)
    expect(await eraseButton(admin).count()).toBe(0)
  })

  it('leaves nothing of the address in the record, the list, the CSV or the outbox', async () => {
    const record = await (await api(`/api/supporters/${supporterId}?depth=0`, adminToken)).text()
    expect(JSON.parse(record)).toMatchObject({ status: 'erased', email: null, firstName: null })
    expect(record).not.toContain(person.email)
    const query = new URLSearchParams({ 'where[email][equals]': person.email })
    expect(((await (await api(`/api/supporters?${query}`, adminToken)).json()) as { totalDocs: number }).totalDocs).toBe(0)
    expect(await (await api('/api/supporters/export.csv', adminToken)).text()).not.toContain(person.email)
    await expect(lastMailTo(server.baseUrl, adminToken, person.email)).rejects.toThrow(/no mail to/)
    // The ledger keeps its entries, now pointing at the anonymous record, and says it was erased.
    const consents = new URLSearchParams({ 'where[supporter][equals]': String(supporterId), sort: 'createdAt', depth: '0' })
    const { docs } = (await (await api(`/api/consents?${consents}`, adminToken)).json()) as { docs: { kind: string }[] }
    expect(docs.map((entry) => entry.kind)).toEqual(['signup', 'confirmation', 'erasure'])

    await admin.goto('/admin/collections/supporters')
    await admin.getByRole('table').waitFor()
    expect(await admin.getByRole('table').innerText()).not.toContain(person.email)
  })
})

it('a sign-up with the erased address looks the same to the person and sends nothing', async () => {
  const page = await newPage()
  const shown = await signUp(page, person.email)
  await expect(lastMailTo(server.baseUrl, adminToken, person.email)).rejects.toThrow(/no mail to/)
  const query = new URLSearchParams({ 'where[email][equals]': person.email })
  expect(((await (await api(`/api/supporters?${query}`, adminToken)).json()) as { totalDocs: number }).totalDocs).toBe(0)
  // The same form, sent the same way, does mail a new address: the silence above is the suppression.
  const newcomer = `sar-new-${stamp}@example.org`
  expect(await signUp(page, newcomer)).toBe(shown)
  expect((await lastMailTo(server.baseUrl, adminToken, newcomer)).text).toContain('/updates/confirm/')
})
