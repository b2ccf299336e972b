/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html'
import type { RichTextBlock } from '../../../payload-types'
import { richTextToHtml } from '../../../site/rich-text'
import { useSite } from '../../../site/views/site-context'

export function RichTextView({ block }: { block: RichTextBlock }) {
  const { locale } = useSite()
  return <div class="ab-prose">{raw(richTextToHtml(block.content, locale))}</div>
}
