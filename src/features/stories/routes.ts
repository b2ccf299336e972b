import { isExploitationForm } from './exploitation-forms'
import { renderStoriesIndex, renderStory } from './render-stories'
import type { RenderContext } from '../../site/render-page'
import type { Rendered } from '../../site/respond'

/**
 * The stories addresses, without their language prefix: /stories (?form=… filters) and
 * /stories/<slug>. Returns the cache key and renderer, or undefined for any other address.
 */
export function storiesRoute(path: string, query: (name: string) => string | undefined): { cacheKey: string; render: (ctx: RenderContext) => Promise<Rendered> } | undefined {
  if (path === '/stories') {
    const requested = query('form')
    const form = isExploitationForm(requested) ? requested : undefined
    return { cacheKey: form ? `/stories?form=${form}` : '/stories', render: (ctx) => renderStoriesIndex(ctx, form) }
  }
  const slug = /^\/stories\/([a-z0-9-]+)$/.exec(path)?.[1]
  if (slug) return { cacheKey: path, render: (ctx) => renderStory(ctx, slug) }
  return undefined
}
