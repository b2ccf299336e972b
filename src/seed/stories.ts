import type { Payload } from 'payload'
import type { Story } from '../payload-types'
import type { ImageKey } from './images'
import type { MarkdownToRichText } from './markdown'

export type StorySlug = 'hai' | 'rasa'

/**
 * Two clearly fictional example stories, so the demo shows how stories, consent and teasers work.
 * No real person's story is used; each says so in its body.
 */
const storySeeds = [
  {
    slug: 'hai',
    displayName: 'Hai',
    nameChanged: true,
    country: 'Vietnam',
    formOfExploitation: 'debt-bondage',
    portrait: 'lantern',
    pullQuote: 'They said I owed them for the journey. Every week the debt grew, and I was never allowed to leave the house.',
    contentWarning: 'Mentions threats of violence.',
    body: `
      *This is a fictional example story, written for the demo site. It is not about a real person.*

      Hai was sixteen when a man from a neighbouring village offered him work in a nail bar in England. The journey took months. When he arrived, there was no nail bar: he was locked in a house where cannabis was grown, and told he owed thousands of pounds for his travel.

      He watered the plants and slept on the floor beside them. The windows were blacked out. The men who came with food told him that his family at home would pay if he tried to run.

      When police raided the house, Hai was arrested as a criminal. It took a support worker, and a referral into the National Referral Mechanism, before anyone asked how he had come to be there.
    `,
  },
  {
    slug: 'rasa',
    displayName: 'Rasa',
    nameChanged: false,
    country: 'Lithuania',
    formOfExploitation: 'sexual-exploitation',
    portrait: 'shore',
    pullQuote: 'I was seventeen. I thought I was going to a summer job, and that I would be home by September.',
    contentWarning: 'Mentions sexual exploitation.',
    body: `
      *This is a fictional example story, written for the demo site. It is not about a real person.*

      Rasa answered an advertisement for summer work in a hotel abroad. A friendly woman arranged her ticket and met her at the airport. Her passport was taken "for the paperwork", and the hotel never existed.

      For a year she was moved between flats and made to see men. She spoke little English and did not know which city she was in.

      A neighbour who noticed young women being driven in and out at night called the modern slavery helpline. Today Rasa is studying again, and chose to share her story in her own name.
    `,
  },
] satisfies Array<Pick<Story, 'slug' | 'displayName' | 'nameChanged' | 'country' | 'formOfExploitation' | 'pullQuote' | 'contentWarning'> & { portrait: ImageKey; body: string; slug: StorySlug }>

const year = 365 * 24 * 60 * 60 * 1000

/** Creates each example story unless one with its slug exists; returns their ids by slug. */
export async function ensureStories(
  payload: Payload,
  tools: { markdown: MarkdownToRichText; image: (key: ImageKey) => number },
): Promise<{ ids: Record<StorySlug, number>; created: number }> {
  const ids = {} as Record<StorySlug, number>
  let created = 0
  for (const seed of storySeeds) {
    const { docs } = await payload.find({ collection: 'stories', where: { slug: { equals: seed.slug } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
    const existing = docs[0]
    if (existing) {
      ids[seed.slug] = existing.id
      continue
    }
    const now = Date.now()
    const story = await payload.create({
      collection: 'stories',
      overrideAccess: true,
      data: {
        ...seed,
        portrait: tools.image(seed.portrait),
        body: tools.markdown(seed.body),
        // Demo consent: given a month ago, for the web and print, to be reviewed in a year.
        consent: { givenOn: new Date(now - year / 12).toISOString(), scope: ['web', 'print'], reviewBy: new Date(now + year).toISOString() },
        _status: 'published',
      },
    })
    ids[seed.slug] = story.id
    created++
  }
  return { ids, created }
}
