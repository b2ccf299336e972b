import { bodyLimit } from 'hono/body-limit'

/** Forms here are a few fields of text: anything bigger than 32 KB is refused before it is read. */
export const formBodyLimit = bodyLimit({
  maxSize: 32 * 1024,
  onError: (c) => c.text('Request too large', 413, { 'Cache-Control': 'no-store' }),
})
