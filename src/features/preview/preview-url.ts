import type { LivePreviewConfig } from 'payload'
import { env } from '../../env'
import { createPreviewToken } from './preview-token'

type PreviewDoc = { id?: number | string; path?: string | null; slug?: string | null }

/** Where a document lives on the public site. */
export function publicPathOf(collection: string, doc: PreviewDoc): string {
  if (collection === 'news') return `/news/${doc.slug ?? ''}`
  return doc.path ?? `/${doc.slug ?? ''}`
}

/** The public URL with a signed token that lets the site show this document's latest draft. */
export function previewUrl(collection: string, doc: PreviewDoc, locale?: string): string {
  const { SITE_URL, PAYLOAD_SECRET } = env()
  if (doc.id === undefined) return SITE_URL
  const token = createPreviewToken(PAYLOAD_SECRET, { collection, id: String(doc.id) })
  const localePrefix = locale && locale !== 'en' ? `/${locale}` : ''
  const path = publicPathOf(collection, doc)
  return `${SITE_URL}${localePrefix}${path === '/' && localePrefix ? '' : path}?preview=${encodeURIComponent(token)}`
}

export const livePreviewUrl: NonNullable<LivePreviewConfig['url']> = ({ collectionConfig, data, locale }) =>
  previewUrl(collectionConfig?.slug ?? 'pages', data as PreviewDoc, locale?.code)
