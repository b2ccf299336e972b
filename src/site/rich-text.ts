import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  LinkHTMLConverter,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { publicPathOf } from '../features/preview/preview-url'
import { escapeHtml } from './escape'
import { defaultLocale } from './locales'
import { localizeHref } from './request-locale'

// Lexical's text format bits (bold 1, italic 2, strikethrough 4, underline 8, code 16, sub 32, sup 64).
const formats: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

type InternalLinkNode = { fields: { doc?: { relationTo?: string; value?: unknown } | null } }

/** Internal links point at the linked document's public address. */
function internalDocToHref({ linkNode }: { linkNode: InternalLinkNode }): string {
  const doc = linkNode.fields.doc
  if (!doc || typeof doc.value !== 'object' || doc.value === null) return '#'
  return publicPathOf(doc.relationTo ?? 'pages', doc.value)
}

/**
 * Payload's converters, with three changes: text formats become elements and list items lose their
 * inline `style` attributes (the public CSP forbids inline styles), and links resolve to paths in
 * the reader's language. Lexical escapes text and sanitises link URLs (no javascript:), so stored
 * rich text is safe.
 */
function convertersFor(localize: (href: string) => string): HTMLConverters {
  const links = LinkHTMLConverter({ internalDocToHref: (args) => localize(internalDocToHref(args)) })
  return {
    ...defaultHTMLConverters,
    ...links,
    // Editors type site addresses in English ("/donate"); the reader stays in their language.
    link: (args) => {
      const url = args.node.fields.url
      const node = args.node.fields.linkType === 'internal' || !url ? args.node : { ...args.node, fields: { ...args.node.fields, url: localize(url) } }
      return typeof links.link === 'function' ? links.link({ ...args, node }) : ''
    },
    text: ({ node }: { node: { text: string; format: number } }) =>
      formats.reduce((html, [bit, tag]) => (node.format & bit ? `<${tag}>${html}</${tag}>` : html), escapeHtml(node.text)),
    // Payload's own list items carry a `style` attribute (empty or not), which the CSP blocks and reports.
    listitem: ({ node, nodesToHTML }) => `<li>${nodesToHTML({ nodes: node.children }).join('')}</li>`,
  }
}

const convertersByLocale = new Map<string, HTMLConverters>()

export function richTextToHtml(data: SerializedEditorState | null | undefined, locale: string = defaultLocale): string {
  if (!data?.root) return ''
  let converters = convertersByLocale.get(locale)
  if (!converters) convertersByLocale.set(locale, (converters = convertersFor((href) => localizeHref(locale, href))))
  return convertLexicalToHTML({ data, converters, disableContainer: true, disableIndent: true, disableTextAlign: true })
}
