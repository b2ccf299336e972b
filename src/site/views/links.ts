import type { Page } from '../../payload-types'
import { useSite } from './site-context'

export type EditorLink = {
  label?: string | null
  type?: ('page' | 'url') | null
  page?: (number | null) | Page
  url?: string | null
}

/** The href of a link field: the chosen page's address, or the typed URL. */
export function hrefOf(link: EditorLink): string | undefined {
  if (link.type === 'url') return link.url ?? undefined
  if (link.page && typeof link.page === 'object') return link.page.path ?? undefined
  return undefined
}

/** The link's address in the reader's language (editors link to the English address). */
export function useLinkHref(): (link: EditorLink) => string | undefined {
  const { href } = useSite()
  return (link) => {
    const target = hrefOf(link)
    return target === undefined ? undefined : href(target)
  }
}

/** Tags for the pages a set of links points at, so renaming a page refreshes the links to it. */
export const linkedPageIds = (links: EditorLink[] | null | undefined): number[] =>
  (links ?? []).flatMap((link) => (link.page && typeof link.page === 'object' ? [link.page.id] : []))
