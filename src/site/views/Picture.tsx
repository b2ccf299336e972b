/** @jsxImportSource hono/jsx */
import type { Media } from '../../payload-types'
// Not from Media.ts: importing the collection config would read the environment too early.
import { responsiveWidths } from '../../features/media/responsive-widths'
import { mediaUrl } from '../media-files'

type Size = { filename?: string | null; width?: number | null; height?: number | null }

function srcset(media: Media, format: 'webp' | 'avif'): string {
  const sizes = (media.sizes ?? {}) as Record<string, Size | undefined>
  return responsiveWidths
    .map((width) => sizes[`w${width}${format}`])
    .filter((size): size is Size & { filename: string; width: number } => Boolean(size?.filename && size.width))
    .map((size) => `${mediaUrl(size.filename)} ${size.width}w`)
    .join(', ')
}

/**
 * A responsive image: AVIF where the browser has it, WebP otherwise, with width and height set so
 * the page does not jump while it loads. Decorative images get an empty alt.
 */
export function Picture({ media, sizes, eager = false, class: className }: { media: Media; sizes: string; eager?: boolean; class?: string }) {
  const webp = srcset(media, 'webp')
  const avif = srcset(media, 'avif')
  const fallbackName = (media.sizes as Record<string, Size | undefined> | undefined)?.w960webp?.filename ?? media.filename
  const fallback = fallbackName ? mediaUrl(fallbackName) : ''
  return (
    <picture>
      {avif ? <source type="image/avif" srcset={avif} sizes={sizes} /> : null}
      {webp ? <source type="image/webp" srcset={webp} sizes={sizes} /> : null}
      <img
        class={className}
        src={fallback}
        alt={media.decorative ? '' : (media.alt ?? '')}
        width={media.width ?? undefined}
        height={media.height ?? undefined}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
      />
    </picture>
  )
}

/** "© credit", always shown with the image. */
export const Credit = ({ media }: { media: Media }) => <span class="ab-credit">© {media.credit}</span>
