import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'
import type { RichTextBlock } from '../payload-types'

export type RichTextContent = RichTextBlock['content']
export type MarkdownToRichText = (markdown: string) => RichTextContent

/**
 * Demo text is written as Markdown because it reads well in review; it is stored as Lexical JSON
 * built with the same editor config as the admin, so editors can open and change it as usual.
 */
export async function createMarkdownConverter(payload: Payload): Promise<MarkdownToRichText> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  return (markdown) => convertMarkdownToLexical({ editorConfig, markdown: dedent(markdown) })
}

/** Lets the seed files indent their Markdown with the code around it. */
function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n')
  const indents = lines.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length)
  const common = Math.min(...indents)
  return lines.map((line) => line.slice(common)).join('\n')
}
