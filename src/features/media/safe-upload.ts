import { randomBytes } from 'node:crypto'
import sharp from 'sharp'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** Large enough for a full-resolution phone photo or a scanned form; small enough to refuse abuse. */
export const maxUploadBytes = 20 * 1024 * 1024

export type UploadKind = 'jpeg' | 'png' | 'webp' | 'avif' | 'pdf'

const mimeOf: Record<UploadKind, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', pdf: 'application/pdf' }
const extensionOf: Record<UploadKind, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif', pdf: 'pdf' }

/** What the bytes are, whatever the name or the browser says: SVG and anything unreadable are undefined. */
async function sniff(data: Buffer): Promise<UploadKind | undefined> {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf'
  const format = await sharp(data)
    .metadata()
    .then((meta) => meta.format)
    .catch(() => undefined)
  if (format === 'jpeg' || format === 'png' || format === 'webp') return format
  // sharp reports AVIF as "heif" (the container); an HEIC phone photo is not accepted as AVIF.
  if (format === 'heif' && data.subarray(4, 12).toString('latin1').startsWith('ftypavi')) return 'avif'
  return undefined
}

const refuse = (message: string, status: number): never => {
  // isPublic: the message is shown to the editor as it is.
  throw new APIError(message, status, undefined, true)
}

/**
 * Checks an upload before Payload stores anything: the size, the real type read from the bytes
 * (a renamed file or an SVG is refused), and replaces the uploader's file name, which often holds
 * a person's name or a place, with a random one.
 */
export const safeUpload =
  (allowed: UploadKind[]): CollectionBeforeOperationHook =>
  async ({ operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return
    const file = req.file
    if (!file?.data) return
    if (file.data.length > maxUploadBytes) {
      refuse(`This file is ${(file.data.length / 1024 / 1024).toFixed(1)} MB; the limit is ${maxUploadBytes / 1024 / 1024} MB. Make it smaller and upload it again.`, 413)
    }
    const kind = await sniff(file.data)
    if (!kind || !allowed.includes(kind)) {
      const names = allowed.map((k) => extensionOf[k].toUpperCase()).join(', ')
      refuse(`This file is not one of the accepted types (${names}), whatever its name says. Save it in one of those formats and upload it again.`, 400)
    }
    const accepted = kind as UploadKind
    file.mimetype = mimeOf[accepted]
    file.name = `${randomBytes(12).toString('hex')}.${extensionOf[accepted]}`
  }
