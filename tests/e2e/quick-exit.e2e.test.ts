import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useSite } from './support/site'

const site = useSite()

/**
 * The quick exit must leave for an https site. The test points it at an address that does not
 * exist and answers it inside the browser (page.route), so nothing leaves this machine.
 */
const target = 'https://quick-exit.test/weather'
const defaultTarget = 'https://www.bbc.co.uk/weather'

async function setQuickExitTarget(url: string): Promise<void> {
  const login = await fetch(`${site.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: site.adminEmail, password: site.adminPassword }),
  })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`admin login failed with ${login.status}`)
  const update = await fetch(`${site.baseUrl}/api/globals/site-settings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ safety: { quickExitUrl: url, quickExitOnEveryPage: false, neutralTitles: false } }),
  })
  if (!update.ok) throw new Error(`updating the site settings failed with ${update.status}: ${await update.text()}`)
}

beforeAll(() => setQuickExitTarget(target))
afterAll(() => setQuickExitTarget(defaultTarget))

/** Answers the neutral site in the browser; `hold` keeps the answer back until released. */
async function neutralSite(context: BrowserContext, options: { hold?: Promise<void> } = {}): Promise<void> {
  await context.route('https://quick-exit.test/**', async (route) => {
    await options.hold
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' })
  })
}

async function openGetHelp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto('/news')
  await page.goto('/get-help')
  await page.waitForLoadState('load')
  return page
}

const status = (page: Page) => page.locator('[data-quick-exit-status]').textContent()

describe('the quick exit', () => {
  it('leaves for the neutral site when clicked, and Back does not return to the get-help page', async () => {
    const context = await site.newContext()
    await neutralSite(context)
    const page = await openGetHelp(context)
    const exit = page.getByRole('link', { name: /exit this page/i })
    expect(await exit.getAttribute('rel')).toBe('nofollow noreferrer')
    await exit.click()
    await page.waitForURL(target)
    expect(await page.title()).toBe('Weather')
    // location.replace: the get-help page is no longer the entry before the neutral site.
    await page.goBack()
    expect(new URL(page.url()).pathname).toBe('/news')
  })

  it('leaves when Shift is pressed three times, and says how many presses are left', async () => {
    const context = await site.newContext()
    await neutralSite(context)
    const page = await openGetHelp(context)
    await page.keyboard.press('Shift')
    expect(await status(page)).toBe('Shift, press 2 more times to exit.')
    await page.keyboard.press('Shift')
    expect(await status(page)).toBe('Shift, press 1 more time to exit.')
    await page.keyboard.press('Shift')
    await page.waitForURL(target)
  })

  it('does not leave when another key comes between the Shift presses', async () => {
    const context = await site.newContext()
    await neutralSite(context)
    const page = await openGetHelp(context)
    await page.keyboard.press('Shift')
    await page.keyboard.press('a')
    expect(await status(page)).toBe('Exit this page expired.')
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    await page.waitForTimeout(1000)
    expect(new URL(page.url()).pathname).toBe('/get-help')
    expect(await page.locator('.ab-quick-exit-overlay').count()).toBe(0)
    // The count started again at the second press, so one more makes three.
    await page.keyboard.press('Shift')
    await page.waitForURL(target)
  })

  it('leaves without JavaScript too, as a plain link', async () => {
    const context = await site.newContext({ javaScriptEnabled: false })
    await neutralSite(context)
    const page = await openGetHelp(context)
    await page.getByRole('link', { name: /exit this page/i }).click()
    await page.waitForURL(target)
    expect(await page.title()).toBe('Weather')
  })

  it('hides the page behind a plain overlay before the neutral site has answered', async () => {
    const context = await site.newContext()
    let release: () => void = () => {}
    let answered = false
    await neutralSite(context, { hold: new Promise<void>((resolve) => (release = resolve)).then(() => void (answered = true)) })
    // The page reports what it shows the moment the exit starts (the test cannot ask it while the
    // browser is navigating away).
    type Screen = { overlay: string | null; main: string | null; header: string | null; address: string }
    const screens: Screen[] = []
    await context.exposeBinding('reportExitScreen', (_source, screen: Screen) => void screens.push(screen))
    await context.addInitScript(() => {
      new MutationObserver(() => {
        if (!document.documentElement.classList.contains('ab-exiting')) return
        const visibility = (selector: string) => {
          const element = document.querySelector(selector)
          return element ? getComputedStyle(element).visibility : null
        }
        const report = (window as unknown as { reportExitScreen: (screen: unknown) => void }).reportExitScreen
        report({
          overlay: document.querySelector('.ab-quick-exit-overlay')?.textContent ?? null,
          main: visibility('main'),
          header: visibility('header'),
          address: location.pathname,
        })
      }).observe(document, { attributes: true, attributeFilter: ['class'], subtree: true })
    })
    const page = await openGetHelp(context)
    // A bare mouse click: locator.click() would wait for the navigation this test holds back.
    const box = await page.getByRole('link', { name: /exit this page/i }).boundingBox()
    if (!box) throw new Error('the exit button has no box')
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect.poll(() => screens.length, { timeout: 5000 }).toBe(1)
    expect(screens[0]).toEqual({ overlay: 'Loading.', main: 'hidden', header: 'hidden', address: '/get-help' })
    expect(answered).toBe(false)
    release()
    await page.waitForURL(target)
  })

  it('is on the get-help pages only (by default), with its explanation', async () => {
    const context = await site.newContext()
    const page = await context.newPage()
    await page.goto('/vi/get-help/staying-safe-online')
    await expect.poll(() => page.getByRole('link', { name: 'Khẩn cấp Thoát trang này' }).count()).toBe(1)
    expect(await page.getByText('Việc này không xóa lịch sử duyệt web của bạn.').isVisible()).toBe(true)
    await page.goto('/news')
    expect(await page.getByRole('link', { name: /exit this page/i }).count()).toBe(0)
  })
})
