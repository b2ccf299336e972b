import { ValidationError } from 'payload'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Story } from '../../src/payload-types'
import { plainPng } from '../helpers/images'
import { paragraph, richText, text } from '../helpers/lexical'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite, type TestSite } from '../helpers/test-site'
import { sendReviewReminders, takeDownLapsedStories } from '../../src/features/stories/review-job'

let t: TestPayload
let site: TestSite
beforeAll(async () => {
  t = await startTestPayload()
  site = createTestSite(t)
})
afterAll(() => t?.close())

const day = 24 * 60 * 60 * 1000
const daysFromNow = (days: number) => new Date(Date.now() + days * day).toISOString()
const goodConsent = { givenOn: daysFromNow(-30), scope: ['web' as const, 'print' as const], reviewBy: daysFromNow(300) }

async function publishStory(slug: string, overrides: Partial<Story> = {}): Promise<Story> {
  return t.payload.create({
    collection: 'stories',
    data: {
      displayName: 'Hai',
      slug,
      nameChanged: true,
      pullQuote: 'I owed them money I could never repay.',
      formOfExploitation: 'debt-bondage',
      body: richText(paragraph(text('A fictional example story.'))),
      consent: goodConsent,
      _status: 'published',
      ...overrides,
    },
  })
}

/** The messages Payload shows beside each field when a save is refused. */
async function fieldErrors(attempt: Promise<unknown>): Promise<string> {
  const error: unknown = await attempt.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).data.errors.map((e) => `${e.path}: ${e.message}`).join('\n')
}

async function pageWithTeaser(story: Story, path: string) {
  return t.payload.create({
    collection: 'pages',
    data: { title: `Teaser ${path}`, slug: path, _status: 'published', layout: [{ blockType: 'storyTeaser', story: story.id }] },
  })
}

describe('publishing a story', () => {
  it('is refused without consent, with the reason on the field', async () => {
    const errors = await fieldErrors(publishStory('no-consent', { consent: {} }))
    expect(errors).toContain('consent.givenOn: Enter the date consent was given')
    expect(errors).toContain('consent.scope: Publishing needs consent that includes the website')
    expect(errors).toContain('consent.reviewBy: Enter the date')
    expect(await t.payload.count({ collection: 'stories' })).toEqual({ totalDocs: 0 })
  })

  it('is refused when consent does not cover the web or is past review', async () => {
    expect(await fieldErrors(publishStory('print-only', { consent: { ...goodConsent, scope: ['print'] } }))).toMatch(/^consent.scope: .*"Website"/)
    expect(await fieldErrors(publishStory('lapsed', { consent: { ...goodConsent, reviewBy: daysFromNow(-1) } }))).toMatch(/^consent.reviewBy: The review date has passed/)
  })

  it('refuses consent dates out of order even for a draft', async () => {
    const attempt = publishStory('out-of-order', { _status: 'draft', consent: { ...goodConsent, withdrawnOn: daysFromNow(-60) } })
    expect(await fieldErrors(attempt)).toMatch(/^consent.withdrawnOn: Consent cannot be withdrawn before it was given/)
  })
})

describe('a published story', () => {
  let story: Story
  beforeAll(async () => {
    story = await publishStory('hai')
    await pageWithTeaser(story, 'teaser-page')
  })

  it('shows the changed name with an asterisk and the footnote, and the content warning first', async () => {
    const warned = await publishStory('warned', { displayName: 'Rasa', nameChanged: false, contentWarning: 'Mentions sexual violence' })
    const hai = await (await site.get('/stories/hai')).text()
    expect(hai).toMatch(/Hai<span class="ab-name-changed" aria-hidden="true">\*<\/span>/)
    expect(hai).toContain('*Name changed to protect identity')
    const rasa = await (await site.get(`/stories/${warned.slug}`)).text()
    expect(rasa).not.toContain('Name changed')
    expect(rasa.indexOf('Mentions sexual violence')).toBeGreaterThan(0)
    expect(rasa.indexOf('Mentions sexual violence')).toBeLessThan(rasa.indexOf('<blockquote'))
  })

  it('is listed, filterable, teased, in the sitemap and in every language', async () => {
    expect(await (await site.get('/stories')).text()).toContain('/stories/hai')
    expect(await (await site.get('/stories?form=forced-labour')).text()).not.toContain('/stories/hai')
    expect(await (await site.get('/teaser-page')).text()).toContain('Read Hai&#39;s* story')
    expect(await (await site.get('/sitemaps/en.xml')).text()).toContain('/stories/hai')
    const vi = await site.get('/vi/stories/hai')
    expect(vi.status).toBe(200)
    expect(await vi.text()).toContain('*Tên đã được thay đổi')
    expect(await (await site.get('/vi/teaser-page')).text()).toContain('Đọc câu chuyện của Hai*')
  })

  it('withdrawing consent answers 410 and drops it from the index, teasers and sitemap on the next request', async () => {
    // Warm the cache first, so the test shows invalidation rather than a cold render.
    for (const path of ['/stories/hai', '/stories', '/teaser-page']) expect((await site.get(path)).status).toBe(200)
    await t.payload.update({ collection: 'stories', id: story.id, data: { consent: { ...goodConsent, withdrawnOn: new Date().toISOString() } }, draft: true })
    expect((await site.get('/stories/hai')).status).toBe(410)
    expect((await site.get('/vi/stories/hai')).status).toBe(410)
    expect(await (await site.get('/stories')).text()).not.toContain('/stories/hai')
    expect(await (await site.get('/teaser-page')).text()).not.toContain('/stories/hai')
    expect(await (await site.get('/sitemaps/en.xml')).text()).not.toContain('/stories/hai')
    const current = await t.payload.findByID({ collection: 'stories', id: story.id, draft: false })
    expect(current._status).toBe('draft')
  })
})

describe('signed consent forms', () => {
  it('are private: not readable by the public API, not served under /media, readable by an editor', async () => {
    const form = await t.payload.create({ collection: 'consent-forms', data: {}, file: { ...(await plainPng()), name: 'signed-form.png' } })
    await expect(t.payload.find({ collection: 'consent-forms', overrideAccess: false })).rejects.toThrow()
    await expect(t.payload.findByID({ collection: 'consent-forms', id: form.id, overrideAccess: false })).rejects.toThrow()
    expect((await site.get(`/media/${form.filename}`)).status).toBe(404)
    const editor = await createStaff(t.payload, 'editor')
    const found = await t.payload.find({ collection: 'consent-forms', overrideAccess: false, user: { ...editor, collection: 'users' } })
    expect(found.docs.map((doc) => doc.id)).toContain(form.id)
    const viewer = await createStaff(t.payload, 'viewer')
    await expect(t.payload.find({ collection: 'consent-forms', overrideAccess: false, user: { ...viewer, collection: 'users' } })).rejects.toThrow()
  })
})

describe('the scheduled consent job', () => {
  it('takes down a story whose review date passed without an edit, and its teaser with it', async () => {
    const story = await publishStory('lapsing', { displayName: 'Mai', consent: { ...goodConsent, reviewBy: daysFromNow(2) } })
    await pageWithTeaser(story, 'lapsing-teaser')
    expect(await (await site.get('/lapsing-teaser')).text()).toContain('/stories/lapsing')
    expect(await takeDownLapsedStories(t.payload, new Date(Date.now() + 3 * day))).toBe(1)
    const current = await t.payload.findByID({ collection: 'stories', id: story.id, draft: false })
    expect(current._status).toBe('draft')
    expect(await (await site.get('/lapsing-teaser')).text()).not.toContain('/stories/lapsing')
  })

  it('e-mails editors and admins once, 30 days before a review date', async () => {
    await createStaff(t.payload, 'admin')
    await createStaff(t.payload, 'fundraiser')
    const story = await publishStory('due-soon', { displayName: 'Lan', consent: { ...goodConsent, reviewBy: daysFromNow(20) } })
    const editors = await t.payload.count({ collection: 'users', where: { role: { in: ['admin', 'editor'] } } })
    expect(editors.totalDocs).toBeGreaterThanOrEqual(2)
    expect(await sendReviewReminders(t.payload, t.env.SITE_URL)).toBe(editors.totalDocs)
    expect(await sendReviewReminders(t.payload, t.env.SITE_URL)).toBe(0)
    const { docs } = await t.payload.find({ collection: 'mail-outbox', where: { category: { equals: 'consent-review' } }, overrideAccess: true })
    expect(docs).toHaveLength(editors.totalDocs)
    expect(docs[0]?.subject).toBe("Consent review due for Lan's story")
    const after = await t.payload.findByID({ collection: 'stories', id: story.id })
    expect(after.consent?.scope).toEqual(['web', 'print'])
  })
})

describe('uploads', () => {
  const asJpeg = (data: Buffer, name = 'photo.jpg') => ({ data, mimetype: 'image/jpeg', name, size: data.length })
  const media = (file: ReturnType<typeof asJpeg>) => t.payload.create({ collection: 'media', data: { credit: 'Test', alt: 'A test' }, file })

  it('refuse a non-image renamed .jpg, an SVG with script, and an oversized file, storing nothing', async () => {
    const before = await t.payload.count({ collection: 'media' })
    await expect(media(asJpeg(Buffer.from('MZ this is a program, not a photo')))).rejects.toThrow(/not one of the accepted types/)
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>')
    await expect(media({ data: svg, mimetype: 'image/svg+xml', name: 'logo.svg', size: svg.length })).rejects.toThrow(/not one of the accepted types/)
    await expect(media(asJpeg(svg, 'logo.jpg'))).rejects.toThrow(/not one of the accepted types/)
    const huge = Buffer.concat([(await plainPng()).data, Buffer.alloc(21 * 1024 * 1024)])
    await expect(media(asJpeg(huge))).rejects.toThrow(/limit is 20 MB/)
    expect(await t.payload.count({ collection: 'media' })).toEqual(before)
  })

  it('store files under a random name, never the uploader’s', async () => {
    const png = await plainPng()
    const doc = await t.payload.create({ collection: 'media', data: { credit: 'Test', alt: 'Square' }, file: { ...png, name: '../Nguyen Thi Hai at Leeds farm.png' } })
    expect(doc.filename).toMatch(/^[0-9a-f]{24}\.png$/)
    expect(JSON.stringify(doc)).not.toMatch(/Nguyen|Leeds/)
  })
})

describe('a portrait carrying GPS, a camera serial and an author', () => {
  it('is stored, original and every size, with none of them, and upright', async () => {
    const sideways = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#2040a0' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Artist: 'Nguyen Van Author', Make: 'PhoneMaker' },
        IFD2: { BodySerialNumber: 'SERIAL-4242-XYZ' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2621/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3999/100' },
      })
      .toBuffer()
    // The test means something only if the upload really carries them.
    expect(sideways.includes('SERIAL-4242-XYZ')).toBe(true)
    expect(sideways.includes('Nguyen Van Author')).toBe(true)
    const doc = await t.payload.create({ collection: 'media', data: { credit: 'Test', alt: 'Portrait' }, file: { data: sideways, mimetype: 'image/jpeg', name: 'hai.jpg', size: sideways.length } })
    const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))
    expect(names.length).toBeGreaterThan(2)
    for (const name of names) {
      const bytes = readFileSync(path.join(t.dataDir, 'media', name))
      for (const secret of ['SERIAL-4242-XYZ', 'Nguyen Van Author', 'PhoneMaker', 'GPS']) expect(bytes.includes(secret), `${secret} in ${name}`).toBe(false)
      const meta = await sharp(bytes).metadata()
      expect(meta.exif, name).toBeUndefined()
      expect(meta.xmp, name).toBeUndefined()
      expect(meta.iptc, name).toBeUndefined()
      expect(meta.orientation ?? 1, name).toBe(1)
      // 60×40 stored sideways is 40 wide and 60 high once upright.
      expect(meta.height ?? 0, name).toBeGreaterThan(meta.width ?? 0)
    }
  })
})

describe('the public API', () => {
  it('lists only stories whose consent covers the web, and never shows the signed form', async () => {
    const form = await t.payload.create({ collection: 'consent-forms', data: {}, file: await plainPng() })
    await publishStory('api-visible', { displayName: 'Minh', consent: { ...goodConsent, signedForm: form.id } })
    const withdrawn = await publishStory('api-withdrawn', { displayName: 'Tuan' })
    await t.payload.update({ collection: 'stories', id: withdrawn.id, data: { consent: { ...goodConsent, withdrawnOn: new Date().toISOString() } } })
    const { docs } = await t.payload.find({ collection: 'stories', overrideAccess: false, limit: 100 })
    const slugs = docs.map((doc) => doc.slug)
    expect(slugs).toContain('api-visible')
    expect(slugs).not.toContain('api-withdrawn')
    const visible = docs.find((doc) => doc.slug === 'api-visible')
    expect(visible?.consent?.givenOn).toBeTruthy()
    expect(visible?.consent && 'signedForm' in visible.consent).toBe(false)
  })
})

describe('withdrawing consent with "Publish changes"', () => {
  it('takes the story down instead of refusing the save', async () => {
    const story = await publishStory('publish-withdrawal', { displayName: 'Vy' })
    expect((await site.get('/stories/publish-withdrawal')).status).toBe(200)
    const saved = await t.payload.update({
      collection: 'stories',
      id: story.id,
      data: { _status: 'published', consent: { ...goodConsent, withdrawnOn: new Date().toISOString() } },
    })
    expect(saved._status).toBe('draft')
    expect((await site.get('/stories/publish-withdrawal')).status).toBe(410)
  })
})
