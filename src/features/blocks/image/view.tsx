/** @jsxImportSource hono/jsx */
import type { ImageBlock } from '../../../payload-types'
import { Credit, Picture } from '../../../site/views/Picture'

export function ImageView({ block }: { block: ImageBlock }) {
  if (typeof block.image !== 'object') return null
  const media = block.image
  const caption = block.caption || media.caption
  const wide = block.width === 'wide'
  return (
    <figure class={`ab-figure${wide ? ' ab-figure--wide' : ''}`}>
      <Picture media={media} sizes={wide ? '(min-width: 72rem) 72rem, 100vw' : '(min-width: 44rem) 44rem, 100vw'} />
      <figcaption class="ab-figure__caption">
        {caption ? <span>{caption} </span> : null}
        <Credit media={media} />
      </figcaption>
    </figure>
  )
}
