/** @jsxImportSource hono/jsx */
import type { Page } from '../../payload-types'
import { CallToActionView } from './call-to-action/view'
import { DonateBannerView } from './donate-banner/view'
import { HelplinesView } from './helplines/view'
import { ImageView } from './image/view'
import { PullQuoteView } from './pull-quote/view'
import { RelatedLinksView } from './related-links/view'
import { RichTextView } from './rich-text/view'
import { SignsOfExploitationView } from './signs-of-exploitation/view'
import { SignUpFormView } from './sign-up-form/view'
import { StatisticView } from './statistic/view'
import { StoryTeaserView } from './story-teaser/view'

export type LayoutBlock = NonNullable<Page['layout']>[number]

/** One view per block type; TypeScript fails here when a block is added without a view. */
function BlockView({ block }: { block: LayoutBlock }) {
  switch (block.blockType) {
    case 'richText':
      return <RichTextView block={block} />
    case 'image':
      return <ImageView block={block} />
    case 'pullQuote':
      return <PullQuoteView block={block} />
    case 'statistic':
      return <StatisticView block={block} />
    case 'callToAction':
      return <CallToActionView block={block} />
    case 'donateBanner':
      return <DonateBannerView block={block} />
    case 'relatedLinks':
      return <RelatedLinksView block={block} />
    case 'helplines':
      return <HelplinesView block={block} />
    case 'signsOfExploitation':
      return <SignsOfExploitationView block={block} />
    case 'signUpForm':
      return <SignUpFormView block={block} />
    case 'storyTeaser':
      return <StoryTeaserView block={block} />
    default: {
      const unhandled: never = block
      return unhandled
    }
  }
}

export const RenderBlocks = ({ blocks }: { blocks: LayoutBlock[] | null | undefined }) => (
  <>
    {(blocks ?? []).map((block) => (
      <BlockView block={block} />
    ))}
  </>
)
