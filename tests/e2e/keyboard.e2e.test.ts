import { expect, it } from 'vitest'
import { explainerPath } from './support/public-pages'
import { useSite } from './support/site'

const site = useSite()

it('the first Tab shows the skip link and Enter moves focus to the main content', async () => {
  const context = await site.newContext()
  const page = await context.newPage()
  await page.goto(explainerPath)

  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: /skip to main content/i })
  expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true)
  // A sighted keyboard user must see it: on screen, not clipped to a pixel.
  const box = await skipLink.boundingBox()
  expect(box && box.width > 24 && box.height > 16 && box.y >= 0, `skip link box ${JSON.stringify(box)}`).toBe(true)

  await page.keyboard.press('Enter')
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
  expect(new URL(page.url()).hash).toBe('#main')

  // The next Tab continues inside the page's content, not back in the header.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('header') === null)).toBe(true)
})
