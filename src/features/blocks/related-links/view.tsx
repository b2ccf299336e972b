/** @jsxImportSource hono/jsx */
import type { RelatedLinksBlock } from '../../../payload-types'
import { useLinkHref } from '../../../site/views/links'
import { useSite } from '../../../site/views/site-context'

export function RelatedLinksView({ block }: { block: RelatedLinksBlock }) {
  const { t } = useSite()
  const hrefOf = useLinkHref()
  const heading = block.heading || t('blocks.findOutMore')
  return (
  <nav class="ab-related" aria-label={heading}>
    <h2 class="ab-related__heading">{heading}</h2>
    <ul class="ab-related__list">
      {block.links.map((link) => {
        const href = hrefOf(link)
        return href ? (
          <li>
            <a class="ab-related__link" href={href}>
              {link.label}
            </a>
          </li>
        ) : null
      })}
    </ul>
  </nav>
  )
}
