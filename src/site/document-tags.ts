import { docTag } from './cache-tags'

/**
 * The cache tags of every document a rendered page shows: the page itself and whatever it
 * embeds at depth (images, linked pages), found by their shape so new blocks need no extra code.
 */
export function documentTags(collection: string, doc: { id: number | string }): string[] {
  const tags = new Set<string>([docTag(collection, doc.id)])
  const seen = new Set<object>()
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) return value.forEach(visit)
    const record = value as Record<string, unknown>
    if ('id' in record && (typeof record.id === 'number' || typeof record.id === 'string')) {
      if ('mimeType' in record && 'filename' in record) tags.add(docTag('media', record.id))
      else if ('path' in record && 'title' in record) tags.add(docTag('pages', record.id))
      else if ('displayName' in record && 'pullQuote' in record) tags.add(docTag('stories', record.id))
    }
    Object.values(record).forEach(visit)
  }
  visit(doc)
  return [...tags]
}
