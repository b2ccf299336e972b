import type {
  CallToActionBlock,
  DonateBannerBlock,
  HelplinesBlock,
  ImageBlock,
  PullQuoteBlock,
  RelatedLinksBlock,
  RichTextBlock,
  SignsOfExploitationBlock,
  StatisticBlock,
  StoryTeaserBlock,
} from '../payload-types'
import type { RichTextContent } from './markdown'

/** Small constructors so the page files read as content rather than as JSON. */

type Link = RelatedLinksBlock['links'][number]
type ButtonLink = CallToActionBlock['links'][number]

export const pageLink = (label: string, page: number): Link => ({ label, type: 'page', page })
export const urlLink = (label: string, url: string): Link => ({ label, type: 'url', url })
export const button = (link: Link, style: ButtonLink['style'] = 'primary'): ButtonLink => ({ ...link, style })

export const richText = (content: RichTextContent): RichTextBlock => ({ blockType: 'richText', content })

export const image = (id: number, options: { caption?: string; width?: ImageBlock['width'] } = {}): ImageBlock => ({
  blockType: 'image',
  image: id,
  ...options,
})

export const pullQuote = (quote: string, attribution: string): PullQuoteBlock => ({ blockType: 'pullQuote', quote, attribution })

export const statistic = (fields: Omit<StatisticBlock, 'blockType'>): StatisticBlock => ({ blockType: 'statistic', ...fields })

export const callToAction = (heading: string, text: string, links: ButtonLink[]): CallToActionBlock => ({
  blockType: 'callToAction',
  heading,
  text,
  links,
})

/** Amount buttons that open the donate form with the amount and appeal filled in. */
export const donateBanner = (heading: string, text: string, pounds: number[], appeal: string): DonateBannerBlock => ({
  blockType: 'donateBanner',
  heading,
  text,
  frequency: 'one-off',
  amounts: pounds.map((value) => ({ pounds: value })),
  appeal,
})

export const relatedLinks = (heading: string, links: Link[]): RelatedLinksBlock => ({ blockType: 'relatedLinks', heading, links })

/** The helplines from the site settings, under the block's default heading in each language. */
export const helplines = (): HelplinesBlock => ({ blockType: 'helplines' })

/** The ILO's eleven indicators, worded by the site's translations. */
export const signsOfExploitation = (): SignsOfExploitationBlock => ({ blockType: 'signsOfExploitation' })

/** A survivor's portrait, quote and link; shown only while the story's consent covers the web. */
export const storyTeaser = (story: number): StoryTeaserBlock => ({ blockType: 'storyTeaser', story })
