import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { RichTextBlock } from '../../src/payload-types'

/** Minimal Lexical documents for tests, shaped as the admin's editor saves them. */
type Node = Record<string, unknown>

export const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const link = (url: string, label: string): Node => ({
  type: 'link',
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(label)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
})

export const paragraph = (...children: Node[]): Node => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  version: 1,
})

/** Usable both as a field value to save and as input to the HTML converter. */
export type StoredRichText = SerializedEditorState & RichTextBlock['content']

export const richText = (...blocks: Node[]): StoredRichText =>
  ({
    root: { type: 'root', children: blocks, direction: 'ltr', format: '', indent: 0, version: 1 },
  }) as unknown as StoredRichText
