import type { Payload } from 'payload'
import type { NewsSeed, SeedTools } from './types'

/** Creates each seeded news item whose slug is not taken yet; existing items are left alone. */
export async function ensureNews(payload: Payload, seeds: NewsSeed[], tools: SeedTools): Promise<number> {
  let created = 0
  for (const seed of seeds) {
    const { totalDocs } = await payload.count({ collection: 'news', where: { slug: { equals: seed.slug } }, overrideAccess: true })
    if (totalDocs > 0) continue
    await payload.create({
      collection: 'news',
      data: {
        title: seed.title,
        slug: seed.slug,
        publishedOn: seed.publishedOn,
        author: seed.author,
        hero: { intro: seed.intro, image: seed.heroImage ? tools.image(seed.heroImage) : undefined },
        layout: seed.layout(tools),
        seo: seed.seo,
        _status: 'published',
      },
      overrideAccess: true,
    })
    created++
  }
  return created
}
