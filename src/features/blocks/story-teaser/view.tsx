/** @jsxImportSource hono/jsx */
import type { StoryTeaserBlock } from '../../../payload-types'
import { Credit, Picture } from '../../../site/views/Picture'
import { useSite } from '../../../site/views/site-context'
import { consentCoversWeb } from '../../stories/consent'
import { NameChangedNote, StoryName } from '../../stories/StoryName'

/**
 * Renders nothing unless the story is published and its consent covers the web right now: the
 * page carries the story's cache tag, so a withdrawal re-renders it without the teaser.
 */
export function StoryTeaserView({ block }: { block: StoryTeaserBlock }) {
  const { t, href } = useSite()
  const story = block.story
  if (typeof story !== 'object' || story._status !== 'published' || !consentCoversWeb(story)) return null
  const portrait = typeof story.portrait === 'object' ? story.portrait : undefined
  return (
    <figure class="ab-story-teaser">
      {portrait ? <Picture media={portrait} sizes="(min-width: 44rem) 12rem, 40vw" class="ab-story-teaser__portrait" /> : null}
      <blockquote class="ab-quote__text">
        <p>{story.pullQuote}</p>
      </blockquote>
      <figcaption>
        <p class="ab-quote__attribution">
          <StoryName story={story} />
        </p>
        <p>
          <a href={href(`/stories/${story.slug}`)}>{t('stories.readStory', { name: story.displayName, mark: story.nameChanged ? '*' : '' })}</a>
        </p>
        {portrait ? <Credit media={portrait} /> : null}
        {story.nameChanged ? <NameChangedNote /> : null}
      </figcaption>
    </figure>
  )
}
