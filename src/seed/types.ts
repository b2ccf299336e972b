import type { Page } from '../payload-types'
import type { MarkdownToRichText } from './markdown'
import type { ImageKey } from './images'
import type { StorySlug } from './stories'

export type LayoutBlock = NonNullable<Page['layout']>[number]

/** What a page's or news item's layout needs from the seed run: text, images and other pages. */
export type SeedTools = {
  markdown: MarkdownToRichText
  /** The id of a demo image uploaded by this or an earlier run. */
  image: (key: ImageKey) => number
  /** The id of a page by its address; every seeded page exists before any layout is built. */
  page: (path: string) => number
  /** The id of an example story; stories are seeded before pages. */
  story: (slug: StorySlug) => number
}

export type PageSeed = {
  slug: string
  /** The parent page's address; none for a top-level page. */
  parentPath?: string
  title: string
  intro: string
  heroImage?: ImageKey
  seo?: { title?: string; description?: string }
  layout: (tools: SeedTools) => LayoutBlock[]
}

export type NewsSeed = {
  slug: string
  title: string
  publishedOn: string
  author: string
  intro: string
  heroImage?: ImageKey
  seo?: { description?: string }
  layout: (tools: SeedTools) => LayoutBlock[]
}

/** The address the Pages collection will give this page (see features/pages/page-path.ts). */
export const pathOf = (seed: PageSeed): string =>
  seed.parentPath ? `${seed.parentPath}/${seed.slug}` : seed.slug === 'home' ? '/' : `/${seed.slug}`
