/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html'
import type { RichTextBlock } from '../../../payload-types'
import { richTextToHtml } from '../../../site/rich-text'

export const RichTextView = ({ block }: { block: RichTextBlock }) => (
  <div class="ab-prose">{raw(richTextToHtml(block.content))}</div>
)
