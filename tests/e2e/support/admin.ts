import type { Page, Response } from 'playwright-core'

/** Signs in through the admin's own form, as a member of staff would. */
export async function submitLogin(page: Page, email: string, password: string): Promise<Response> {
  if (!new URL(page.url()).pathname.startsWith('/admin')) await page.goto('/admin')
  await page.getByLabel(/^email/i).fill(email)
  await page.getByLabel(/^password/i).fill(password)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/users/login') && r.request().method() === 'POST'),
    page.getByRole('button', { name: /log ?in/i }).click(),
  ])
  return response
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  const response = await submitLogin(page, email, password)
  if (!response.ok()) throw new Error(`admin login failed with ${response.status()}`)
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.includes('/login'))
}

/** The document's main Title field (the SEO group has a second, optional "Title"). */
export const titleField = (page: Page) => page.getByRole('textbox', { name: /^title/i }).first()

type Save = { collection: string; containing: string }

/** A document save from the admin that carries the given text (so an earlier save cannot match). */
const isSave = (response: Response, { collection, containing }: Save): boolean =>
  response.request().method() === 'PATCH' &&
  new URL(response.url()).pathname.startsWith(`/api/${collection}/`) &&
  (response.request().postData() ?? '').includes(containing)

/** Resolves when the admin's autosave has stored a draft with the text on the server. */
export const autosaved = (page: Page, save: Save) =>
  page.waitForResponse((r) => isSave(r, save) && new URL(r.url()).searchParams.get('autosave') === 'true')

/** Resolves when "Publish changes" has stored the text (a save that is neither draft nor autosave). */
export const published = (page: Page, save: Save) =>
  page.waitForResponse((r) => {
    const params = new URL(r.url()).searchParams
    return isSave(r, save) && !params.has('autosave') && params.get('draft') !== 'true'
  })
