/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html'
import type { Story } from '../../payload-types'
import { globalTag, listTag } from '../../site/cache-tags'
import { documentTags } from '../../site/document-tags'
import { allLocales, renderNotFound, shell, type RenderContext } from '../../site/render-page'
import type { Rendered } from '../../site/respond'
import { richTextToHtml } from '../../site/rich-text'
import { Credit, Picture } from '../../site/views/Picture'
import { consentCoversWeb, consentCoversWebWhere } from './consent'
import { exploitationForms, type ExploitationForm } from './exploitation-forms'
import { NameChangedNote, StoryName } from './StoryName'
import { StoryTeaserView } from '../blocks/story-teaser/view'

/** The stories whose consent covers the web, newest first, optionally of one form of exploitation. */
async function listStories(ctx: RenderContext, form: ExploitationForm | undefined): Promise<Story[]> {
  const { docs } = await ctx.payload.find({
    collection: 'stories',
    locale: ctx.mode.locale,
    depth: 1,
    limit: 100,
    pagination: false,
    sort: '-createdAt',
    where: { and: [{ _status: { equals: 'published' } }, consentCoversWebWhere(), ...(form ? [{ formOfExploitation: { equals: form } }] : [])] },
  })
  return docs
}

export async function renderStoriesIndex(ctx: RenderContext, form: ExploitationForm | undefined): Promise<Rendered> {
  const { t, href } = ctx.site
  const stories = await listStories(ctx, form)
  const body = (
    <div class="ab-article">
      <h1 class="ab-hero__title">{t('stories.title')}</h1>
      <p class="ab-hero__intro">{t('stories.intro')}</p>
      <form class="ab-filter" method="get" action={href('/stories')}>
        <label for="story-form">{t('stories.filterLabel')}</label>
        <select id="story-form" name="form">
          <option value="">{t('stories.filterAll')}</option>
          {exploitationForms.map((value) => (
            <option value={value} selected={value === form}>
              {t(`stories.forms.${value}`)}
            </option>
          ))}
        </select>
        <button type="submit" class="ab-button">
          {t('stories.filterSubmit')}
        </button>
      </form>
      {stories.length ? (
        <div class="ab-story-list">
          {stories.map((story) => (
            <StoryTeaserView block={{ blockType: 'storyTeaser', story }} />
          ))}
        </div>
      ) : (
        <p>{t('stories.none')}</p>
      )}
    </div>
  )
  const html = await shell(ctx, { path: '/stories', title: t('stories.title'), body, languages: allLocales })
  return { status: 200, html, tags: [listTag('stories'), globalTag('site-settings')] }
}

async function findStoryBySlug(ctx: RenderContext, slug: string): Promise<Story | undefined> {
  const { docs } = await ctx.payload.find({
    collection: 'stories',
    where: { slug: { equals: slug } },
    locale: ctx.mode.locale,
    draft: ctx.mode.draft,
    // Read whatever state the story is in, so a story taken down answers 410 rather than 404.
    overrideAccess: true,
    depth: 1,
    limit: 1,
    pagination: false,
  })
  return docs[0]
}

export async function renderStory(ctx: RenderContext, slug: string): Promise<Rendered> {
  const path = `/stories/${slug}`
  const story = await findStoryBySlug(ctx, slug)
  if (!story) return renderNotFound(ctx, path)
  const { t } = ctx.site
  if (!consentCoversWeb(story)) {
    const body = (
      <div class="ab-article">
        <h1 class="ab-hero__title">{t('stories.goneTitle')}</h1>
        <p>{t('stories.goneBody')}</p>
      </div>
    )
    return { status: 410, html: await shell(ctx, { path, title: t('stories.goneTitle'), body, languages: allLocales }), tags: [] }
  }
  if (story._status !== 'published' && !ctx.mode.draft) return renderNotFound(ctx, path)
  const portrait = typeof story.portrait === 'object' ? story.portrait : undefined
  const body = (
    <article class="ab-article">
      <header class="ab-hero">
        <h1 class="ab-hero__title">
          <StoryName story={story} />
        </h1>
        {story.country ? <p class="ab-hero__meta">{story.country}</p> : null}
      </header>
      {story.contentWarning ? (
        <aside class="ab-content-warning" aria-label={t('stories.contentWarning')}>
          <p>
            <strong>{t('stories.contentWarning')}:</strong> {story.contentWarning}
          </p>
        </aside>
      ) : null}
      {portrait ? (
        <figure class="ab-figure">
          <Picture media={portrait} sizes="(min-width: 44rem) 44rem, 100vw" eager />
          <figcaption class="ab-figure__caption">
            <Credit media={portrait} />
          </figcaption>
        </figure>
      ) : null}
      <figure class="ab-quote">
        <blockquote class="ab-quote__text">
          <p>{story.pullQuote}</p>
        </blockquote>
      </figure>
      <div class="ab-prose">{raw(richTextToHtml(story.body, ctx.mode.locale))}</div>
      {story.nameChanged ? <NameChangedNote /> : null}
    </article>
  )
  const name = story.nameChanged ? `${story.displayName}*` : story.displayName
  const html = await shell(ctx, { path, title: name, description: story.pullQuote, body, languages: allLocales })
  // The page lapses on its review date even if nobody edits the story.
  const expiresAt = story.consent?.reviewBy ? new Date(story.consent.reviewBy).getTime() : undefined
  return { status: 200, html, tags: [...documentTags('stories', story), globalTag('site-settings')], expiresAt }
}
