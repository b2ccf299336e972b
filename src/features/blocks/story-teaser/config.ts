import type { Block } from 'payload'

/** A survivor's portrait, quote and link; shown only while the story's consent covers the web. */
export const StoryTeaserBlock: Block = {
  slug: 'storyTeaser',
  interfaceName: 'StoryTeaserBlock',
  labels: { singular: 'Story teaser', plural: 'Story teasers' },
  fields: [{ name: 'story', type: 'relationship', relationTo: 'stories', required: true }],
}
