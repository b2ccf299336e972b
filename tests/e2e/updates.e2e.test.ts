import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { logIn } from './support/admin'
import { axeViolations, describeViolations } from './support/axe'
import { readTheForm } from './support/forms'
import { useSite } from './support/site'
import { bearer, lastMailTo, pathOfLink, staffToken } from './support/staff-api'

const site = useSite()
const stamp = Date.now().toString(36)
let token: string

/** A supporter signed up and confirmed through the site's form and e-mail link, as a person does. */
async function confirmedSupporter(page: Page, email: string, prefix = ''): Promise<void> {
  await page.goto(`${prefix}/updates`)
  const form = page.locator('form.ab-signup--updates-page')
  await form.locator('input[type="email"], input[name="email"]').first().fill(email)
  await readTheForm(page)
  await form.locator('button[type="submit"]').click()
  await page.waitForURL(/check-your-email/)
  await page.goto(pathOfLink((await lastMailTo(site.baseUrl, token, email)).text, '/updates/confirm/'))
  await page.locator('main form[method="post"] button').click()
  await page.waitForURL(/confirmed/)
}

const lexical = (words: string) => ({
  root: {
    type: 'root',
    direction: 'rtl',
    format: '',
    indent: 0,
    version: 1,
    children: [{ type: 'paragraph', direction: 'rtl', format: '', indent: 0, textFormat: 0, version: 1, children: [{ type: 'text', text: words, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
  },
})

/** An update sent through the REST API and the panel's endpoint, waited on until the job has sent it. */
async function sentUpdate(data: Record<string, unknown>): Promise<{ slug: string }> {
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${site.baseUrl}${path}`, { ...init, headers: { 'Content-Type': 'application/json', ...bearer(token) }, signal: AbortSignal.timeout(15_000) })
  const created = (await (await api('/api/updates', { method: 'POST', body: JSON.stringify(data) })).json()) as { doc: { id: number; slug: string } }
  const sent = await api(`/api/updates/${created.doc.id}/send`, { method: 'POST' })
  if (!sent.ok) throw new Error(`sending failed with ${sent.status}: ${await sent.text()}`)
  for (let wait = 0; wait < 120; wait++) {
    const { status } = (await (await api(`/api/updates/${created.doc.id}/progress`)).json()) as { status: string }
    if (status === 'sent') return created.doc
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`update ${created.doc.id} was not sent within a minute`)
}

beforeAll(async () => {
  token = await staffToken(site.baseUrl, site.adminEmail, site.adminPassword)
  const page = await (await site.newContext()).newPage()
  await confirmedSupporter(page, `reader-${stamp}@example.org`)
  await confirmedSupporter(page, `qari-${stamp}@example.org`, '/ar')
  await page.context().close()
})

describe('sending an update from the admin', () => {
  it('an admin writes an update, sends it with the panel, and watches it go', async () => {
    const page = await (await site.newContext()).newPage()
    await logIn(page, site.adminEmail, site.adminPassword)
    await page.goto('/admin/collections/updates/create')
    const subject = `Our news ${stamp}`
    await page.getByRole('textbox', { name: /^subject/i }).fill(subject)
    await page.locator('[data-lexical-editor="true"]').click()
    await page.keyboard.type('Thank you for being with us this month.')
    await page.getByText('Everyone signed up in this language', { exact: true }).click()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/updates\/\d+$/)
    await expect.poll(() => page.getByRole('button', { name: 'Send now' }).isEnabled()).toBe(true)

    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Send now' }).click()
    await expect.poll(() => page.getByText('Sent.', { exact: true }).isVisible(), { timeout: 60_000 }).toBe(true)
    expect((await lastMailTo(site.baseUrl, token, `reader-${stamp}@example.org`)).subject).toBe(subject)
  })
})

describe('the archive', () => {
  let paths: string[]
  beforeAll(async () => {
    const english = await sentUpdate({ subject: `Archive ${stamp}`, preheader: 'What changed', language: 'en', audience: 'everyone', body: lexical('A month of work.') })
    const arabic = await sentUpdate({ subject: `أخبار ${stamp}`, language: 'ar', audience: 'everyone', body: lexical('شهر من العمل.') })
    paths = ['/updates/archive', `/updates/archive/${english.slug}`, '/ar/updates/archive', `/ar/updates/archive/${arabic.slug}`]
  })

  it.each([
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 375, height: 740 },
  ])('has nothing axe finds, in English and Arabic ($name)', async (viewport) => {
    const page = await (await site.newContext({ viewport })).newPage()
    for (const path of paths) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      expect(await page.getByRole('heading', { level: 1 }).count(), path).toBe(1)
      expect(describeViolations(await axeViolations(page)), `axe on ${path}`).toEqual([])
    }
  })
})
