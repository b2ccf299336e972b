import { expect, it } from 'vitest'
import { publicTemplates } from './support/public-pages'
import { useSite } from './support/site'

const site = useSite()

it('public pages make no request to another origin and set no cookies', async () => {
  const context = await site.newContext()
  const page = await context.newPage()
  const origin = new URL(site.baseUrl).origin
  const elsewhere: string[] = []
  const requested: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    // data: and blob: URLs never leave the browser.
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    requested.push(request.url())
    if (url.origin !== origin) elsewhere.push(`${page.url()} -> ${request.url()}`)
  })

  for (const template of publicTemplates) {
    const path = await template.path(site.baseUrl)
    expect((await page.goto(path, { waitUntil: 'networkidle' }))?.status(), path).toBe(template.status)
  }

  expect(elsewhere).toEqual([])
  // Pages, their CSS and icon at least: proof the listener saw the traffic.
  expect(requested.length).toBeGreaterThanOrEqual(publicTemplates.length * 2)
  expect(await context.cookies()).toEqual([])
})
