/** @jsxImportSource hono/jsx */
import type { PullQuoteBlock } from '../../../payload-types'

export const PullQuoteView = ({ block }: { block: PullQuoteBlock }) => (
  <figure class="ab-quote">
    <blockquote class="ab-quote__text">
      <p>{block.quote}</p>
    </blockquote>
    {block.attribution ? <figcaption class="ab-quote__attribution">{block.attribution}</figcaption> : null}
  </figure>
)
