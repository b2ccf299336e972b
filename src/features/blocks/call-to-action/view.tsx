/** @jsxImportSource hono/jsx */
import type { CallToActionBlock } from '../../../payload-types'
import { useLinkHref } from '../../../site/views/links'

export function CallToActionView({ block }: { block: CallToActionBlock }) {
  const hrefOf = useLinkHref()
  return (
  <section class="ab-cta">
    <h2 class="ab-cta__heading">{block.heading}</h2>
    {block.text ? <p class="ab-cta__text">{block.text}</p> : null}
    <p class="ab-cta__actions">
      {block.links.map((link) => {
        const href = hrefOf(link)
        return href ? (
          <a class={`ab-button ab-button--${link.style ?? 'primary'}`} href={href}>
            {link.label}
          </a>
        ) : null
      })}
    </p>
  </section>
  )
}
