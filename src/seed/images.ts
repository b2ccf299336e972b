import type { Payload } from 'payload'
import sharp from 'sharp'
import { circles, doorways, fields, horizon, lanternWindow, paths, risingShore, tiles } from './illustrations'

const credit = 'Freedom Line demo illustration'
const licence = 'CC BY 4.0'

/** The demo images, each with the words a reader needs: alt text, caption and credit. */
const images = {
  horizon: {
    draw: horizon,
    alt: 'Illustration: a yellow sun rising behind layered sand-coloured hills under a deep blue sky.',
    caption: 'A new day: everyone should be free to choose their work and leave it.',
  },
  paths: {
    draw: paths,
    alt: 'Illustration: many winding lines, each carrying a small dot, all leading into one dark closed square.',
    caption: 'People are drawn in from near and far, often by someone they trust.',
  },
  fields: {
    draw: fields,
    alt: 'Illustration: small dark figures bent over rows of a field that stretch towards a low horizon.',
    caption: 'Most people who are trafficked are exploited for their labour, not for sex.',
  },
  circles: {
    draw: circles,
    alt: 'Illustration: overlapping circles in blue, clay and yellow, loosely arranged like a crowd.',
    caption: 'Communities that know the signs protect each other.',
  },
  doorways: {
    draw: doorways,
    alt: 'Illustration: a row of six arched doorways at dusk; one of them glows yellow and lights the ground.',
    caption: 'Help is free, confidential and open day and night.',
  },
  tiles: {
    draw: tiles,
    alt: 'Illustration: a grid of sand-coloured tiles, each marked with a simple shape; one tile is yellow and one is empty.',
    caption: 'No single sign proves forced labour; several together are a reason to ask for advice.',
  },
  // Story portraits: abstract on purpose, so no picture could identify the person.
  lantern: {
    draw: lanternWindow,
    alt: 'Illustration: a lit yellow window in a dark wall at night, with a pale path leading away from it.',
    caption: 'An illustration, not a photograph: it shows no one.',
  },
  shore: {
    draw: risingShore,
    alt: 'Illustration: a bird drawn as one dark stroke rises over blue water, with a yellow sun on a pale sky.',
    caption: 'An illustration, not a photograph: it shows no one.',
  },
} satisfies Record<string, { draw: () => string; alt: string; caption: string }>

export type ImageKey = keyof typeof images
export type ImageIds = Record<ImageKey, number>

const filenameOf = (key: ImageKey) => `freedom-line-${key}.jpg`

/** Uploads each demo image unless a media document with its file name is already there. */
export async function ensureImages(payload: Payload): Promise<{ ids: ImageIds; created: number }> {
  const ids = {} as ImageIds
  let created = 0
  for (const key of Object.keys(images) as ImageKey[]) {
    const name = filenameOf(key)
    // By the English alt text: uploads are stored under random names (see features/media/safe-upload.ts).
    const { docs } = await payload.find({
      collection: 'media',
      where: { alt: { equals: images[key].alt } },
      locale: 'en',
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const existing = docs[0]
    if (existing) {
      ids[key] = existing.id
      continue
    }
    const { draw, alt, caption } = images[key]
    const data = await sharp(Buffer.from(draw())).jpeg({ quality: 85, mozjpeg: true }).toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt, caption, credit, licence },
      file: { data, mimetype: 'image/jpeg', name, size: data.length },
      overrideAccess: true,
    })
    ids[key] = media.id
    created++
  }
  return { ids, created }
}
