import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plainPng } from '../helpers/images'
import { paragraph, richText, text, type StoredRichText } from '../helpers/lexical'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(() => t?.close())

const uploadNode = (relationTo: string, id: number | string) => ({ type: 'upload', relationTo, value: id, fields: {}, format: '', version: 3 })
const savePage = (slug: string, content: StoredRichText) =>
  t.payload.create({ collection: 'pages', data: { title: slug, slug, _status: 'published', layout: [{ blockType: 'richText', content }] }, overrideAccess: true })

describe('the rich text editor of public pages', () => {
  it('refuses a private upload (a signed consent form) in a page', async () => {
    const form = await t.payload.create({ collection: 'consent-forms', data: {}, file: { ...(await plainPng()), name: 'signed-form.png' }, overrideAccess: true })
    const error = await savePage('with-consent-form', richText(paragraph(text('Our story')), uploadNode('consent-forms', form.id))).then(
      () => undefined,
      (thrown: unknown) => thrown as { data?: { errors?: { path?: string; message?: string }[] } },
    )
    const errors = error?.data?.errors ?? []
    expect(errors.map((e) => e.path)).toEqual(['layout.0.content'])
    expect(errors[0]?.message).toMatch(/^upload node failed to validate/)
    expect((await t.payload.find({ collection: 'pages', where: { slug: { equals: 'with-consent-form' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('accepts an image from Media', async () => {
    const image = await t.payload.create({ collection: 'media', data: { alt: 'A harbour at dawn', credit: 'Freedom Line' }, file: { ...(await plainPng()), name: 'harbour.png' }, overrideAccess: true })
    const page = await savePage('with-image', richText(paragraph(text('Our work')), uploadNode('media', image.id)))
    expect(page.id).toBeDefined()
  })
})
