import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToPlaintext, type PlaintextConverters } from '@payloadcms/richtext-lexical/plaintext'
import type { Media } from '../../../payload-types'
import { absoluteHref, linkTarget, populated, type BodyContext } from './context'
import { idOf, type StoredBody } from './nodes'
import { consentCoversEmail } from '../story-consent'

type BlockFields = { label?: string; url?: string; story?: unknown; campaign?: unknown }

/** Blocks of text are separated by a blank line; the converters below end each with one. */
const block = (text: string): string => (text.trim() ? `${text.trim()}\n\n` : '')

/** "Label (https://…)", unless the label already is the address. */
const withAddress = (label: string, href: string | undefined): string => (!href || label.trim() === href ? label : `${label} (${href})`)

function convertersFor(ctx: BodyContext): PlaintextConverters {
  const inner = (nodesToPlaintext: (args: { nodes: never[] }) => string[], nodes: unknown[]) => nodesToPlaintext({ nodes: nodes as never[] }).join('')
  return {
    text: ({ node }: { node: { text: string } }) => node.text,
    linebreak: '\n',
    tab: ' ',
    paragraph: ({ node, nodesToPlaintext }) => block(inner(nodesToPlaintext, node.children)),
    heading: ({ node, nodesToPlaintext }) => block(inner(nodesToPlaintext, node.children).toUpperCase()),
    list: ({ node, nodesToPlaintext }) => block(inner(nodesToPlaintext, node.children)),
    listitem: ({ node, nodesToPlaintext, parent, childIndex }) => {
      const marker = 'listType' in parent && parent.listType === 'number' ? `${childIndex + 1}.` : '-'
      return `${marker} ${inner(nodesToPlaintext, node.children).trim()}\n`
    },
    quote: ({ node, nodesToPlaintext }) => block(`> ${inner(nodesToPlaintext, node.children)}`),
    horizontalrule: '----\n\n',
    link: ({ node, nodesToPlaintext }) => withAddress(inner(nodesToPlaintext, node.children), linkTarget(ctx, node.fields)),
    autolink: ({ node, nodesToPlaintext }) => withAddress(inner(nodesToPlaintext, node.children), absoluteHref(ctx, node.fields.url)),
    upload: ({ node }) => {
      const media = populated<Media>(node.value)
      if (!media || media.decorative || !media.alt) return ''
      return block(`[${media.alt}]${media.credit ? ` © ${media.credit}` : ''}`)
    },
    blocks: {
      updateButton: ({ node }) => {
        const fields = node.fields as BlockFields
        const href = absoluteHref(ctx, fields.url)
        return href && fields.label ? block(`${fields.label}:\n${href}`) : ''
      },
      updateStoryCard: ({ node }) => {
        const fields = node.fields as BlockFields
        const story = ctx.stories.get(idOf(fields.story) ?? -1)
        if (!story || !consentCoversEmail(story)) return ''
        const read = ctx.t('stories.readStory', { name: story.displayName, mark: story.nameChanged ? '*' : '' })
        const note = story.nameChanged ? `\n${ctx.t('stories.nameChanged')}` : ''
        return block(`“${story.pullQuote}”\n${story.displayName}${story.nameChanged ? '*' : ''}\n\n${read}:\n${absoluteHref(ctx, `/stories/${story.slug}`)}${note}`)
      },
      updateCampaignCard: ({ node }) => {
        const fields = node.fields as BlockFields
        const campaign = ctx.campaigns.get(idOf(fields.campaign) ?? -1)
        if (!campaign) return ''
        const label = fields.label?.trim() || ctx.t('updateMail.signPetition')
        return block(`${campaign.title.toUpperCase()}\n${campaign.summary}\n\n${label}:\n${absoluteHref(ctx, `/campaigns/${campaign.slug}`)}`)
      },
    },
  }
}

/** An update's body as the plain-text part of the e-mail: every link written out in full. */
export function bodyToText(body: StoredBody, ctx: BodyContext): string {
  if (!body) return ''
  return convertLexicalToPlaintext({ data: body as SerializedEditorState, converters: convertersFor(ctx) })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
