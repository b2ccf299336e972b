/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx'
import { RenderBlocks, type LayoutBlock } from '../../features/blocks/RenderBlocks'
import type { Media } from '../../payload-types'
import { localeDefinition } from '../locales'
import { Credit, Picture } from './Picture'

export type ContentPageProps = {
  title: string
  intro?: string | null
  image?: Media | number | null
  layout?: LayoutBlock[] | null
  /** The language the content is in, when it differs from the page's (an untranslated page). */
  contentLocale?: string
  /** Shown between the title and the intro, e.g. a news item's date. */
  meta?: Child
  children?: Child
}

/** A page or news item: title, standfirst, hero image with its credit, then its blocks. */
export function ContentPage(props: ContentPageProps) {
  const image = typeof props.image === 'object' && props.image ? props.image : undefined
  return (
    <article
      class="ab-article"
      lang={props.contentLocale}
      // English shown on a right-to-left page must still read left to right.
      dir={props.contentLocale ? localeDefinition(props.contentLocale).dir : undefined}
    >
      <header class="ab-hero">
        <h1 class="ab-hero__title">{props.title}</h1>
        {props.meta}
        {props.intro ? <p class="ab-hero__intro">{props.intro}</p> : null}
        {image ? (
          <figure class="ab-hero__figure">
            <Picture media={image} sizes="(min-width: 72rem) 72rem, 100vw" eager class="ab-hero__image" />
            <figcaption class="ab-figure__caption">
              {image.caption ? <span>{image.caption} </span> : null}
              <Credit media={image} />
            </figcaption>
          </figure>
        ) : null}
      </header>
      <div class="ab-article__body">
        <RenderBlocks blocks={props.layout} />
      </div>
      {props.children}
    </article>
  )
}
