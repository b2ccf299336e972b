import sharp from 'sharp'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload strips metadata from the resized copies, but stores the original as uploaded. A
 * survivor's photo can carry GPS coordinates, so the original is re-encoded before it is stored:
 * orientation applied first (so nothing appears sideways), then every EXIF, XMP, IPTC and GPS
 * block dropped (sharp keeps none unless asked).
 */
export const stripImageMetadata: CollectionBeforeOperationHook = async ({ operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return
  const file = req.file
  if (!file?.data || !file.mimetype.startsWith('image/')) return
  const image = sharp(file.data, { failOn: 'error' }).rotate()
  const format = file.mimetype.split('/')[1]
  const encoded =
    format === 'png' ? image.png() : format === 'webp' ? image.webp() : format === 'avif' ? image.avif() : image.jpeg({ quality: 90, mozjpeg: true })
  const data = await encoded.toBuffer()
  file.data = data
  file.size = data.length
}
