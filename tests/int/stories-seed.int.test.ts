import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoContent } from '../../src/seed'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite, type TestSite } from '../helpers/test-site'

let t: TestPayload
let site: TestSite
beforeAll(async () => {
  t = await startTestPayload()
  await seedDemoContent(t.payload)
  site = createTestSite(t)
}, 120_000)
afterAll(() => t?.close())

describe('the demo stories', () => {
  it('appear as two teasers on the explainer, in English and Vietnamese', async () => {
    const english = await (await site.get('/slavery-today/human-trafficking')).text()
    expect(english).toContain('Read Hai&#39;s* story')
    expect(english).toContain('Read Rasa&#39;s story')
    expect(english.match(/class="ab-story-teaser"/g)).toHaveLength(2)
    const vietnamese = await (await site.get('/vi/slavery-today/human-trafficking')).text()
    expect(vietnamese).toContain('Đọc câu chuyện của Hai*')
  })

  it('are listed at /stories and say they are fictional, with the footnote for the changed name', async () => {
    const index = await (await site.get('/stories')).text()
    expect(index).toContain('/stories/hai')
    expect(index).toContain('/stories/rasa')
    const hai = await (await site.get('/stories/hai')).text()
    expect(hai).toContain('fictional example story')
    expect(hai).toContain('*Name changed to protect identity')
    expect(hai).toContain('© Freedom Line demo illustration')
  })

  it('are in the main menu, which marks the stories pages as the current section', async () => {
    const nav = (html: string) => /<nav class="ab-header__nav"[^]*?<\/nav>/.exec(html)?.[0] ?? ''
    expect(nav(await (await site.get('/')).text())).toContain('<a class="ab-nav__link" href="/stories">Stories</a>')
    expect(nav(await (await site.get('/stories/hai')).text())).toContain('href="/stories" aria-current="true">Stories</a>')
    expect(nav(await (await site.get('/vi')).text())).toContain('href="/vi/stories">Câu chuyện</a>')
  })
})
