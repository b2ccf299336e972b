/** @jsxImportSource hono/jsx */
import type { RelatedLinksBlock } from '../../../payload-types'
import { hrefOf } from '../../../site/views/links'

export const RelatedLinksView = ({ block }: { block: RelatedLinksBlock }) => (
  <nav class="ab-related" aria-label={block.heading ?? 'Find out more'}>
    <h2 class="ab-related__heading">{block.heading ?? 'Find out more'}</h2>
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
