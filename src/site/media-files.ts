import type { Hono } from 'hono'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

const types: Record<string, string> = {
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
}

/** Public URL of an uploaded file, served by the site rather than through Payload's REST API. */
export const mediaUrl = (filename: string): string => `/media/${encodeURIComponent(filename)}`

/**
 * Serves uploaded images straight from DATA_DIR/media: no Payload query per image, and the same
 * origin whatever SITE_URL says. Payload gives a replaced upload a new file name, so a day of
 * caching is safe; names are checked so nothing outside the folder can be read.
 */
export function mediaRoutes(app: Hono, dataDir: string): void {
  const root = path.resolve(dataDir, 'media')
  app.get('/media/:file', async (c) => {
    const name = c.req.param('file')
    const type = types[path.extname(name).toLowerCase()]
    if (!type || !/^[\w.-]+$/.test(name) || name.startsWith('.')) return c.notFound()
    const file = path.join(root, name)
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) return c.notFound()
    const etag = `"${info.size.toString(36)}-${info.mtimeMs.toString(36)}"`
    const headers = { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400', ETag: etag }
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers)
    return c.body(Readable.toWeb(createReadStream(file)) as ReadableStream, 200, { ...headers, 'Content-Length': String(info.size) })
  })
}
