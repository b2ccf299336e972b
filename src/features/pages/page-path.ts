import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import type { Page } from '../../payload-types'
import { docTag } from '../../site/cache-tags'
import { invalidate } from '../../site/cache-invalidation'

/** The root page with this slug is the home page, served at "/". */
export const HOME_SLUG = 'home'
const MAX_DEPTH = 6

async function parentPath(req: PayloadRequest, parentId: number | string | null | undefined, selfId?: number | string) {
  let path = ''
  let currentId = parentId
  const segments: string[] = []
  for (let depth = 0; currentId; depth++) {
    if (depth >= MAX_DEPTH) throw new Error(`Pages can be nested at most ${MAX_DEPTH} levels deep.`)
    if (selfId !== undefined && String(currentId) === String(selfId)) {
      throw new Error('A page cannot be placed under itself or one of its own sub-pages.')
    }
    const parent = await req.payload.findByID({
      collection: 'pages',
      id: currentId,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      select: { slug: true, parent: true },
    })
    if (parent.slug) segments.unshift(parent.slug)
    currentId = typeof parent.parent === 'object' ? parent.parent?.id : parent.parent
  }
  path = segments.length ? `/${segments.join('/')}` : ''
  return path
}

const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | undefined)

/** Computes the page's address from its parents' slugs, e.g. /slavery-today/human-trafficking. */
export const computePagePath: CollectionBeforeChangeHook<Page> = async ({ data, originalDoc, req }) => {
  const slug = data.slug ?? originalDoc?.slug
  const parent = data.parent === undefined ? originalDoc?.parent : data.parent
  const prefix = await parentPath(req, idOf(parent), originalDoc?.id)
  data.path = !prefix && slug === HOME_SLUG ? '/' : `${prefix}/${slug}`
  return data
}

/**
 * When a page is published at a new address, its sub-pages (and theirs) move with it. A rename
 * saved as a draft (autosave does this while the editor types) has not moved anything on the
 * public site yet, so its sub-pages follow only when it is published.
 */
export const moveSubPages: CollectionAfterChangeHook<Page> = async ({ context, doc, req }) => {
  if (doc._status === 'draft' && !context.movedWithParent) return doc
  const prefix = doc.path === '/' ? `/${doc.slug}` : doc.path
  const children = await req.payload.find({
    collection: 'pages',
    where: { parent: { equals: doc.id } },
    depth: 0,
    limit: 200,
    draft: true,
    overrideAccess: true,
    req,
  })
  const moving = { movedWithParent: true }
  for (const child of children.docs) {
    if (child.path === `${prefix}/${child.slug}`) continue
    if (child._status !== 'draft') {
      await req.payload.update({ collection: 'pages', id: child.id, data: {}, overrideAccess: true, req, context: moving })
      continue
    }
    // Re-saving a child whose latest version is a draft would publish its unpublished edits, so
    // the draft moves as a draft and only the address of the published copy is rewritten.
    const moved = await req.payload.update({ collection: 'pages', id: child.id, data: {}, draft: true, overrideAccess: true, req, context: moving })
    await req.payload.db.updateOne({ collection: 'pages', id: child.id, data: { path: moved.path }, req, returning: false })
    invalidate([docTag('pages', child.id)], req)
  }
  return doc
}
