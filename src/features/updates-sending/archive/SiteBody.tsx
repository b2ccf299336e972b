/** @jsxImportSource hono/jsx */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import type { Media } from '../../../payload-types'
import { richTextToHtml } from '../../../site/rich-text'
import { useSite } from '../../../site/views/site-context'
import { ImageView } from '../../blocks/image/view'
import { StoryTeaserView } from '../../blocks/story-teaser/view'
import type { BodyContext } from '../body/context'
import { idOf, nodesOf, type BodyNode, type StoredBody } from '../body/nodes'

type Cards = Pick<BodyContext, 'stories' | 'campaigns'>

/** A button's address on the site: site paths in the reader's language, web addresses as typed. */
function ButtonView({ label, url }: { label?: string; url?: string }) {
  const { href } = useSite()
  if (!label || !url || !/^(\/(?!\/)|https?:\/\/)/.test(url)) return null
  return (
    <p>
      <a class="ab-button" href={url.startsWith('/') ? href(url) : url}>
        {label}
      </a>
    </p>
  )
}

function CampaignCardView({ cards, campaignId, label }: { cards: Cards; campaignId: number | undefined; label?: string }) {
  const { t, href } = useSite()
  const campaign = cards.campaigns.get(campaignId ?? -1)
  if (!campaign) return null
  return (
    <section class="ab-cta">
      <h2 class="ab-cta__heading">{campaign.title}</h2>
      <p class="ab-cta__text">{campaign.summary}</p>
      <p class="ab-cta__actions">
        <a class="ab-button ab-button--primary" href={href(`/campaigns/${campaign.slug}`)}>
          {label?.trim() || t('updateMail.signPetition')}
        </a>
      </p>
    </section>
  )
}

function CardView({ node, cards }: { node: BodyNode; cards: Cards }) {
  if (node.type === 'upload') {
    const media = node.value && typeof node.value === 'object' ? (node.value as Media) : undefined
    return media ? <ImageView block={{ blockType: 'image', image: media }} /> : null
  }
  const fields = (node.fields ?? {}) as { blockType?: string; label?: string; url?: string; story?: unknown; campaign?: unknown }
  if (fields.blockType === 'updateButton') return <ButtonView label={fields.label} url={fields.url} />
  if (fields.blockType === 'updateCampaignCard') return <CampaignCardView cards={cards} campaignId={idOf(fields.campaign)} label={fields.label} />
  if (fields.blockType === 'updateStoryCard') {
    const story = cards.stories.get(idOf(fields.story) ?? -1)
    // The site's own teaser: shown only while the story's consent covers the web.
    return story ? <StoryTeaserView block={{ blockType: 'storyTeaser', story }} /> : null
  }
  return null
}

/**
 * An update's body on its archive page. Text runs go through the site's rich-text converters;
 * images and cards use the site's own views (responsive images with credits, story teasers that
 * respect consent), so the archive looks like the rest of the site.
 */
export function UpdateBody({ body, cards }: { body: StoredBody; cards: Cards }) {
  const { locale } = useSite()
  const parts: Child[] = []
  let run: BodyNode[] = []
  const flush = () => {
    if (!run.length) return
    const data = { root: { type: 'root', children: run, direction: 'ltr', format: '', indent: 0, version: 1 } } as unknown as SerializedEditorState
    parts.push(<div class="ab-prose">{raw(richTextToHtml(data, locale))}</div>)
    run = []
  }
  for (const node of nodesOf(body)) {
    if (node.type === 'block' || node.type === 'upload') {
      flush()
      parts.push(<CardView node={node} cards={cards} />)
    } else run.push(node)
  }
  flush()
  return <>{parts}</>
}
