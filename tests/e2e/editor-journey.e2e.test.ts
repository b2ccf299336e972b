import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { autosaved, logIn, published, titleField } from './support/admin'
import { explainerPath } from './support/public-pages'
import { useSite } from './support/site'

const site = useSite()

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/** The explainer's title as a reader gets it: a plain request, no cookies, no browser cache. */
async function publicTitle(): Promise<string> {
  const response = await fetch(`${site.baseUrl}${explainerPath}`, { signal: AbortSignal.timeout(15_000) })
  expect(response.status).toBe(200)
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await response.text())
  return (match?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity)
    .trim()
}

/** Finds the explainer in the Pages list with its search box and opens it, as an editor would. */
async function openExplainerInAdmin(page: Page, title: string): Promise<void> {
  await page.goto('/admin/collections/pages')
  await page.getByPlaceholder(/search/i).fill(title)
  // The list applies the search by replacing the address after a pause; a click before that would
  // be undone by it, so wait until the search is in the address.
  await page.waitForURL(/[?&]search=/)
  await page.getByRole('link', { name: title, exact: true }).first().click()
  await page.waitForURL(/\/admin\/collections\/pages\/[^/]+$/)
  await expect.poll(() => titleField(page).inputValue()).toBe(title)
}

let editor: Page
const stamp = Date.now().toString(36)
const publishedTitle = `Human trafficking explained ${stamp}`
const draftTitle = `Unpublished draft title ${stamp}`

it('an editor publishes a new title and readers see it on the next request', async () => {
  const originalTitle = await publicTitle()
  expect(originalTitle).toBeTruthy()

  editor = await (await site.newContext({}, { keep: 'file' })).newPage()
  await logIn(editor, site.adminEmail, site.adminPassword)
  await openExplainerInAdmin(editor, originalTitle)

  await titleField(editor).fill(publishedTitle)
  const publish = published(editor, { collection: 'pages', containing: publishedTitle })
  await editor.getByRole('button', { name: 'Publish changes' }).click()
  expect((await publish).ok(), 'the publish request succeeds').toBe(true)

  expect(await publicTitle()).toBe(publishedTitle)
})

it('a draft saved by autosave stays off the public page', async () => {
  const saved = autosaved(editor, { collection: 'pages', containing: draftTitle })
  await titleField(editor).fill(draftTitle)
  expect((await saved).ok(), 'the draft is saved').toBe(true)
  // A second look a moment later: a cached page or a late hook must not leak the draft either.
  expect(await publicTitle()).toBe(publishedTitle)
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(await publicTitle()).toBe(publishedTitle)
})

it('the preview link shows the draft to the signed-in editor only', async () => {
  const previewLink = editor.getByRole('link', { name: 'Preview', exact: true })
  const href = await previewLink.getAttribute('href')
  expect(href).toMatch(/[?&]preview=/)
  const previewUrl = new URL(href!, site.baseUrl)
  expect(previewUrl.origin, 'the preview stays on the site').toBe(new URL(site.baseUrl).origin)
  expect(previewUrl.pathname).toBe(explainerPath)

  const preview = await editor.context().newPage()
  await preview.goto(previewUrl.toString())
  await expect.poll(() => preview.getByRole('heading', { level: 1 }).textContent()).toBe(draftTitle)
  expect(await preview.getByRole('status').filter({ hasText: /preview/i }).isVisible()).toBe(true)

  const stranger = await (await site.newContext()).newPage()
  await stranger.goto(previewUrl.toString())
  expect(await stranger.getByRole('heading', { level: 1 }).textContent()).toBe(publishedTitle)
  expect(await stranger.getByText(draftTitle).count()).toBe(0)
})

it('the live preview pane shows the draft and follows the editor\'s changes', async () => {
  await editor.getByRole('button', { name: 'Live Preview' }).click()
  const heading = editor.frameLocator('#live-preview-iframe').getByRole('heading', { level: 1 })
  await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toBe(draftTitle)

  const changedTitle = `Changed while previewing ${stamp}`
  const saved = autosaved(editor, { collection: 'pages', containing: changedTitle })
  await titleField(editor).fill(changedTitle)
  expect((await saved).ok()).toBe(true)
  await expect.poll(() => heading.textContent().catch(() => ''), { timeout: 20_000 }).toBe(changedTitle)
  expect(await publicTitle()).toBe(publishedTitle)
})
