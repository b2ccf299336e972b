import type { Payload } from 'payload'

/** Seeds demo content into an empty database; does nothing once any page exists. */
export async function seedDemoContent(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'pages', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: seeding demo content')
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { charityName: 'Freedom Line', charityNumber: '1234567', tagline: 'Ending modern slavery, together' },
  })
  await payload.create({
    collection: 'pages',
    data: { title: 'Home', slug: 'home', _status: 'published', hero: { intro: 'Demo home page.' } },
  })
}
