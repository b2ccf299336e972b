import { convertLexicalToHTML, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Campaign, Media, Story } from '../../../payload-types'
import { escapeHtml } from '../../../site/escape'
import { absoluteHref, emailImage, linkTarget, populated, type BodyContext } from './context'
import { idOf, type StoredBody } from './nodes'
import { consentCoversEmail } from '../story-consent'

// The mail layout's colours (render-mail.tsx): contrast at least 4.5:1 on white.
const colours = { ink: '#1d2731', muted: '#4d5966', brand: '#0e4f5c', link: '#0b5e6e', line: '#d9d4cc' }
const contentWidth = 536

// Lexical's text format bits: bold 1, italic 2, strikethrough 4, underline 8.
const formats: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
]

/** A bulletproof button: a table cell with the colour, so Outlook shows it too. */
export function emailButton(label: string, href: string): string {
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;"><tr>` +
    `<td style="border-radius:4px;background:${colours.brand};">` +
    `<a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 24px;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:4px;">${escapeHtml(label)}</a>` +
    `</td></tr></table>`
  )
}

function image(ctx: BodyContext, media: Media, maxWidth: number, style = ''): string {
  const file = emailImage(ctx, media, maxWidth)
  if (!file) return ''
  const alt = media.decorative ? '' : (media.alt ?? '')
  return `<img src="${escapeHtml(file.src)}" alt="${escapeHtml(alt)}" width="${file.width}"${file.height ? ` height="${file.height}"` : ''} style="display:block;max-width:100%;height:auto;border:0;${style}">`
}

const credit = (media: Media): string =>
  media.credit ? `<p style="margin:4px 0 16px;font-size:13px;color:${colours.muted};">© ${escapeHtml(media.credit)}</p>` : ''

function storyCard(ctx: BodyContext, story: Story): string {
  const portrait = populated<Media>(story.portrait)
  const name = `${story.displayName}${story.nameChanged ? '*' : ''}`
  const href = absoluteHref(ctx, `/stories/${story.slug}`) ?? ctx.siteUrl
  return (
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px;border:1px solid ${colours.line};border-radius:4px;"><tr><td style="padding:16px;">` +
    (portrait ? image(ctx, portrait, 160, 'margin:0 0 12px;') : '') +
    `<p style="margin:0 0 8px;font-size:18px;line-height:1.4;font-style:italic;">“${escapeHtml(story.pullQuote)}”</p>` +
    `<p style="margin:0 0 8px;font-weight:bold;">${escapeHtml(name)}</p>` +
    `<p style="margin:0;"><a href="${escapeHtml(href)}" style="color:${colours.link};">${escapeHtml(ctx.t('stories.readStory', { name: story.displayName, mark: story.nameChanged ? '*' : '' }))}</a></p>` +
    (story.nameChanged ? `<p style="margin:8px 0 0;font-size:13px;color:${colours.muted};">${escapeHtml(ctx.t('stories.nameChanged'))}</p>` : '') +
    (portrait?.credit ? `<p style="margin:8px 0 0;font-size:13px;color:${colours.muted};">© ${escapeHtml(portrait.credit)}</p>` : '') +
    `</td></tr></table>`
  )
}

function campaignCard(ctx: BodyContext, campaign: Campaign, label: string | null | undefined): string {
  const href = absoluteHref(ctx, `/campaigns/${campaign.slug}`) ?? ctx.siteUrl
  return (
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px;border:1px solid ${colours.line};border-radius:4px;"><tr><td style="padding:16px 16px 0;">` +
    `<h3 style="margin:0 0 8px;font-size:18px;line-height:1.3;color:${colours.ink};">${escapeHtml(campaign.title)}</h3>` +
    `<p style="margin:0 0 8px;">${escapeHtml(campaign.summary)}</p>` +
    emailButton(label?.trim() || ctx.t('updateMail.signPetition'), href) +
    `</td></tr></table>`
  )
}

type BlockFields = { blockType?: string; label?: string; url?: string; story?: unknown; campaign?: unknown }

function convertersFor(ctx: BodyContext): HTMLConverters {
  const side = ctx.dir === 'rtl' ? 'right' : 'left'
  return {
    text: ({ node }: { node: { text: string; format: number } }) =>
      formats.reduce((html, [bit, tag]) => (node.format & bit ? `<${tag}>${html}</${tag}>` : html), escapeHtml(node.text)),
    linebreak: '<br>',
    tab: ' ',
    paragraph: ({ node, nodesToHTML }) => {
      const inner = nodesToHTML({ nodes: node.children }).join('')
      return inner.trim() ? `<p style="margin:0 0 16px;">${inner}</p>` : ''
    },
    heading: ({ node, nodesToHTML }) => {
      const size = node.tag === 'h2' ? 20 : 18
      const tag = node.tag === 'h2' ? 'h2' : 'h3'
      return `<${tag} style="margin:24px 0 12px;font-size:${size}px;line-height:1.3;color:${colours.ink};">${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
    },
    list: ({ node, nodesToHTML }) => {
      const tag = node.tag === 'ol' ? 'ol' : 'ul'
      return `<${tag} style="margin:0 0 16px;padding-${side}:24px;">${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
    },
    listitem: ({ node, nodesToHTML }) => `<li style="margin:0 0 8px;">${nodesToHTML({ nodes: node.children }).join('')}</li>`,
    quote: ({ node, nodesToHTML }) =>
      `<blockquote style="margin:0 0 16px;padding-${side}:16px;border-${side}:4px solid ${colours.line};color:${colours.muted};">${nodesToHTML({ nodes: node.children }).join('')}</blockquote>`,
    horizontalrule: `<hr style="border:0;border-top:1px solid ${colours.line};margin:24px 0;">`,
    link: ({ node, nodesToHTML }) => {
      const inner = nodesToHTML({ nodes: node.children }).join('')
      const href = linkTarget(ctx, node.fields)
      return href ? `<a href="${escapeHtml(href)}" style="color:${colours.link};">${inner}</a>` : inner
    },
    autolink: ({ node, nodesToHTML }) => {
      const inner = nodesToHTML({ nodes: node.children }).join('')
      const href = absoluteHref(ctx, node.fields.url)
      return href ? `<a href="${escapeHtml(href)}" style="color:${colours.link};">${inner}</a>` : inner
    },
    upload: ({ node }) => {
      const media = populated<Media>(node.value)
      return media?.mimeType?.startsWith('image/') ? `<div style="margin:0 0 16px;">${image(ctx, media, contentWidth)}${credit(media)}</div>` : ''
    },
    blocks: {
      updateButton: ({ node }) => {
        const fields = node.fields as BlockFields
        const href = absoluteHref(ctx, fields.url)
        return href && fields.label ? emailButton(fields.label, href) : ''
      },
      updateStoryCard: ({ node }) => {
        const fields = node.fields as BlockFields
        const story = ctx.stories.get(idOf(fields.story) ?? -1)
        return story && consentCoversEmail(story) ? storyCard(ctx, story) : ''
      },
      updateCampaignCard: ({ node }) => {
        const fields = node.fields as BlockFields
        const campaign = ctx.campaigns.get(idOf(fields.campaign) ?? -1)
        return campaign ? campaignCard(ctx, campaign, fields.label) : ''
      },
    },
    unknown: '',
  }
}

/**
 * An update's body as HTML that mail programs show as intended: inline styles only (no classes,
 * no stylesheet), full web addresses, buttons as tables, JPEG/PNG images sized for a 600px
 * message. Text is escaped and links are checked, as on the site. No tracking of any kind.
 */
export function bodyToEmailHtml(body: StoredBody, ctx: BodyContext): string {
  if (!body) return ''
  return convertLexicalToHTML({ data: body as SerializedEditorState, converters: convertersFor(ctx), disableContainer: true, disableIndent: true, disableTextAlign: true })
}
