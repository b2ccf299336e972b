import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import sharp, { type Metadata } from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { phonePhotoWithGps, plainPng, type UploadFile } from '../helpers/images'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite } from '../helpers/test-site'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(() => t?.close())

const upload = (file: UploadFile, data: Record<string, unknown>) =>
  t.payload.create({ collection: 'media', data: data as { credit: string }, file })

describe('media uploads', () => {
  it('require alt text unless the image is marked decorative', async () => {
    await expect(upload(await plainPng(), { credit: 'Freedom Line' })).rejects.toThrow(/alt/i)
    await expect(upload(await plainPng(), { credit: 'Freedom Line', alt: '   ' })).rejects.toThrow(/alt/i)
    const decorative = await upload(await plainPng(), { credit: 'Freedom Line', decorative: true })
    expect(decorative.decorative).toBe(true)
    const described = await upload(await plainPng(), { credit: 'Freedom Line', alt: 'A blue square' })
    expect(described.alt).toBe('A blue square')
  })

  it('require a credit', async () => {
    await expect(upload(await plainPng(), { alt: 'A blue square' })).rejects.toThrow(/credit/i)
  })

  it('store files under DATA_DIR/media, with responsive WebP and AVIF copies', async () => {
    const doc = await upload(await plainPng(), { credit: 'Freedom Line', alt: 'Square' })
    const mediaDir = path.join(t.dataDir, 'media')
    expect(existsSync(path.join(mediaDir, doc.filename ?? ''))).toBe(true)
    const names = readdirSync(mediaDir)
    expect(names.some((name) => name.endsWith('.webp'))).toBe(true)
    expect(names.some((name) => name.endsWith('.avif'))).toBe(true)
  })

  describe('a phone photo with GPS and a rotation flag', () => {
    let stored: Metadata
    let original: Metadata
    let storedFile: string

    beforeAll(async () => {
      const file = await phonePhotoWithGps()
      original = await sharp(file.data).metadata()
      const doc = await upload(file, { credit: 'A survivor', alt: 'A red and blue flag' })
      storedFile = path.join(t.dataDir, 'media', doc.filename ?? '')
      stored = await sharp(storedFile).metadata()
    })

    it('arrives with EXIF (so the test means something)', () => {
      expect(original.exif?.length).toBeGreaterThan(0)
      expect(original.exif?.includes('PhoneMaker')).toBe(true)
      expect(original.orientation).toBe(6)
    })

    it('is stored with no EXIF, XMP, IPTC or orientation flag, original included', () => {
      expect(stored.exif).toBeUndefined()
      expect(stored.xmp).toBeUndefined()
      expect(stored.iptc).toBeUndefined()
      expect(stored.orientation).toBeUndefined()
    })

    it('is stored upright: the rotation was applied before the flag was dropped', async () => {
      expect({ width: stored.width, height: stored.height }).toEqual({ width: 40, height: 60 })
      // The red half was on the left; turned 90° clockwise it is at the top.
      const { data } = await sharp(storedFile).raw().toBuffer({ resolveWithObject: true })
      const [r, , b] = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0]
      expect(r).toBeGreaterThan(150)
      expect(b).toBeLessThan(100)
    })

    it('has resized copies that carry no metadata either', async () => {
      const copies = readdirSync(path.dirname(storedFile)).filter((name) => name.startsWith(path.parse(storedFile).name) && name !== path.basename(storedFile))
      expect(copies.length).toBeGreaterThan(0)
      for (const copy of copies) {
        const meta = await sharp(path.join(path.dirname(storedFile), copy)).metadata()
        expect(meta.exif, copy).toBeUndefined()
      }
    })
  })

  it('are served by the site at /media/<file> with their type, and nothing outside the folder is', async () => {
    const doc = await upload(await plainPng(), { credit: 'Freedom Line', alt: 'Square' })
    const site = createTestSite(t)
    const webp = (doc.sizes as Record<string, { filename?: string | null }>).w480webp?.filename ?? ''
    const image = await site.get(`/media/${webp}`)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/webp')
    expect((await sharp(Buffer.from(await image.arrayBuffer())).metadata()).format).toBe('webp')
    expect((await site.get('/media/..%2Fpayload-secret')).status).toBe(404)
    expect((await site.get('/media/missing.webp')).status).toBe(404)
  })
})
