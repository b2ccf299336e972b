import type { Payload } from 'payload'
import type { Page } from '../payload-types'
import { pathOf, type PageSeed, type SeedTools } from './types'

type PageIds = Map<string, number>

async function findPageByPath(payload: Payload, path: string): Promise<Page | undefined> {
  const { docs } = await payload.find({
    collection: 'pages',
    where: { path: { equals: path } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]
}

/**
 * Creates every seeded page that is missing, in two passes: first each page without its layout
 * (parents first, since a page's address comes from its parent), then the layouts, which link to
 * pages in both directions (a parent lists its children; children link back). A page that already
 * has content is left as it is: editors own it once it exists.
 */
export async function ensurePages(
  payload: Payload,
  seeds: PageSeed[],
  tools: Omit<SeedTools, 'page'>,
): Promise<{ page: SeedTools['page']; created: number; completed: number }> {
  const ids: PageIds = new Map()
  const needLayout: PageSeed[] = []
  let created = 0

  for (const seed of seeds) {
    const path = pathOf(seed)
    const existing = await findPageByPath(payload, path)
    if (existing) {
      ids.set(path, existing.id)
      // An earlier run that stopped between the two passes left this page without its layout.
      if (!existing.layout?.length) needLayout.push(seed)
      continue
    }
    const parent = seed.parentPath ? ids.get(seed.parentPath) : undefined
    if (seed.parentPath && parent === undefined) throw new Error(`Seed page ${path} is listed before its parent ${seed.parentPath}.`)
    const page = await payload.create({
      collection: 'pages',
      data: {
        title: seed.title,
        slug: seed.slug,
        parent,
        hero: { intro: seed.intro, image: seed.heroImage ? tools.image(seed.heroImage) : undefined },
        seo: seed.seo,
        _status: 'published',
      },
      overrideAccess: true,
    })
    ids.set(path, page.id)
    needLayout.push(seed)
    created++
  }

  const page = (path: string): number => {
    const id = ids.get(path)
    if (id === undefined) throw new Error(`Seed content links to ${path}, which is not a seeded page.`)
    return id
  }
  for (const seed of needLayout) {
    await payload.update({
      collection: 'pages',
      id: page(pathOf(seed)),
      data: { layout: seed.layout({ ...tools, page }), _status: 'published' },
      overrideAccess: true,
    })
  }
  return { page, created, completed: needLayout.length - created }
}
