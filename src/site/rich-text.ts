import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  LinkHTMLConverter,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { publicPathOf } from '../features/preview/preview-url'
import { escapeHtml } from './escape'

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
 * inline `style` attributes (the public CSP forbids inline styles), and internal links resolve to paths.
 * Lexical escapes text and sanitises link URLs (no javascript:), so stored rich text is safe.
 */
const converters: HTMLConverters = {
  ...defaultHTMLConverters,
  ...LinkHTMLConverter({ internalDocToHref }),
  text: ({ node }: { node: { text: string; format: number } }) =>
    formats.reduce((html, [bit, tag]) => (node.format & bit ? `<${tag}>${html}</${tag}>` : html), escapeHtml(node.text)),
  // Payload's own list items carry a `style` attribute (empty or not), which the CSP blocks and reports.
  listitem: ({ node, nodesToHTML }) => `<li>${nodesToHTML({ nodes: node.children }).join('')}</li>`,
}

export function richTextToHtml(data: SerializedEditorState | null | undefined): string {
  if (!data?.root) return ''
  return convertLexicalToHTML({ data, converters, disableContainer: true, disableIndent: true, disableTextAlign: true })
}
