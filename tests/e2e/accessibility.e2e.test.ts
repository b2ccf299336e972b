import { describe, expect, it } from 'vitest'
import { axeViolations, describeViolations } from './support/axe'
import { publicTemplates } from './support/public-pages'
import { useSite } from './support/site'

const site = useSite()

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740 },
]

describe.each(viewports)('axe on every public template ($name, $width px)', (viewport) => {
  it.each(publicTemplates)('$name', async (template) => {
    const context = await site.newContext({ viewport: { width: viewport.width, height: viewport.height } })
    const page = await context.newPage()
    const path = await template.path(site.baseUrl)
    const response = await page.goto(path)
    expect(response?.status(), `${path} status`).toBe(template.status)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1)
    expect(describeViolations(await axeViolations(page)), `axe on ${path}`).toEqual([])
  })
})
