import type { Block } from 'payload'
import { isSafeHref } from '../../../fields/link'

/** A call-to-action button: a bold link that mail programs show as a button. */
export const buttonBlock: Block = {
  slug: 'updateButton',
  interfaceName: 'UpdateButtonBlock',
  labels: { singular: 'Button', plural: 'Buttons' },
  fields: [
    { name: 'label', type: 'text', required: true, maxLength: 60, admin: { description: 'What it does, e.g. "Sign the petition".' } },
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 500,
      admin: { description: 'A page of this site like /donate, or an address starting with https://' },
      validate: (value: string | null | undefined) =>
        value && isSafeHref(value) && !value.startsWith('#') ? true : 'Enter a path like /donate or an address starting with https://',
    },
  ],
}

/**
 * A survivor's story: portrait, pull quote and a link to the story. It is sent only while the
 * person's consent covers the website and e-mail (checked before sending and again on the archive).
 */
export const storyCardBlock: Block = {
  slug: 'updateStoryCard',
  interfaceName: 'UpdateStoryCardBlock',
  labels: { singular: 'Story card', plural: 'Story cards' },
  fields: [{ name: 'story', type: 'relationship', relationTo: 'stories', required: true, maxDepth: 2 }],
}

/** A campaign: its title, summary and a button to its petition. */
export const campaignCardBlock: Block = {
  slug: 'updateCampaignCard',
  interfaceName: 'UpdateCampaignCardBlock',
  labels: { singular: 'Campaign card', plural: 'Campaign cards' },
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true, maxDepth: 1 },
    { name: 'label', type: 'text', maxLength: 60, admin: { description: 'The button. Leave empty for "Sign the petition" in the update’s language.' } },
  ],
}

export const updateBodyBlocks: Block[] = [buttonBlock, storyCardBlock, campaignCardBlock]
