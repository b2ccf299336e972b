import type { Block } from 'payload'
import { CallToActionBlock } from './call-to-action/config'
import { DonateBannerBlock } from './donate-banner/config'
import { HelplinesBlock } from './helplines/config'
import { ImageBlock } from './image/config'
import { PullQuoteBlock } from './pull-quote/config'
import { RelatedLinksBlock } from './related-links/config'
import { RichTextBlock } from './rich-text/config'
import { SignsOfExploitationBlock } from './signs-of-exploitation/config'
import { SignUpFormBlock } from './sign-up-form/config'
import { StatisticBlock } from './statistic/config'
import { StoryTeaserBlock } from './story-teaser/config'

/** The layout blocks an editor can place on pages and news. */
export const layoutBlocks: Block[] = [
  RichTextBlock,
  ImageBlock,
  PullQuoteBlock,
  StatisticBlock,
  CallToActionBlock,
  DonateBannerBlock,
  RelatedLinksBlock,
  HelplinesBlock,
  SignsOfExploitationBlock,
  SignUpFormBlock,
  StoryTeaserBlock,
]
