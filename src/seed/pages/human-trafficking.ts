import { button, callToAction, image, pageLink, pullQuote, relatedLinks, richText, storyTeaser, urlLink } from '../blocks'
import { traffickedAtAnyOneTime } from '../statistics'
import type { PageSeed } from '../types'

/** The explainer: every fact of the reference page in /work/shared/seed, told in our own words. */
export const humanTrafficking: PageSeed = {
  slug: 'human-trafficking',
  parentPath: '/slavery-today',
  title: 'Human trafficking',
  intro:
    'Human trafficking is the recruiting, moving or holding of people so that someone else can profit from them. It can happen across the world or in the next street.',
  heroImage: 'paths',
  seo: {
    description: 'What human trafficking is, the forms it takes, how it differs from smuggling, and how people are drawn in.',
  },
  layout: ({ markdown, image: imageId, page, story }) => [
    richText(
      markdown(`
        ## What human trafficking is

        A person is trafficked when they are recruited, moved or kept somewhere (lawyers say "harboured") so that they can be exploited, and the people behind it get their way through violence, deception or coercion. It happens to men, to women and to children. Once they are caught, they are made to work against their will and are not free to walk away.

        Traffickers make money from people in many different ways. The main forms of exploitation are:

        - forced prostitution
        - forced labour
        - forced begging
        - forced criminality, such as stealing or growing drugs for someone else
        - domestic servitude, where someone is kept as an unpaid servant in a private home
        - forced marriage
        - forced organ removal

        ## No journey is needed

        Many people imagine trafficking as a long journey over a border. That picture is misleading: a person does not have to be taken from one place to another at all. Trafficking happens between countries, but also inside one country, and even within a single community, a few streets from a person's own home.

        ## Children are different

        For an adult, trafficking involves violence, deception or coercion. For a child, none of these is needed. Bringing a child into a situation where they are exploited is trafficking in itself, even if nobody threatened, tricked or forced them.
      `),
    ),
    image(imageId('fields'), { width: 'wide' }),
    richText(
      markdown(`
        ## Trafficking is not the same as smuggling

        The two words are often mixed up, but they describe different things.

        - **People smuggling** is helping someone cross an international border illegally, in return for a fee. When the journey is over, the person who was smuggled is free to go.
        - **Human trafficking** is moving or holding someone *so that they can be exploited*. The trafficker organises the movement for that purpose, and the exploitation is the whole point. No international border has to be crossed: trafficking also happens within one country, and even within one community.
      `),
    ),
    traffickedAtAnyOneTime(),
    richText(
      markdown(`
        ## Why the numbers are hard to pin down

        Trafficking is hidden by design, and many of the people it harms are never identified by police, support services or anyone else. That makes accurate figures very hard to collect, so every number, including the one above, is an estimate.

        Sexual exploitation dominates the headlines, but it is not the usual story: most people who are trafficked are exploited purely for their work.
      `),
    ),
    pullQuote(
      'They told me there was a job in a hotel kitchen, with a room and a good wage. When I arrived there was no hotel, and they said I owed them for the journey.',
      'Fictional example, name changed',
    ),
    richText(
      markdown(`
        ## How people are drawn in

        Many of the people who end up trafficked set out to make a better life. They were looking for a way out of poverty or discrimination, and for wages they could send home to support their families. Traffickers use that hope against them.

        Often it starts with an offer of well-paid work abroad or in another part of their own country, passed on by a relative, a friend or a recruitment agency. But the promised job is a lie. On arrival there is no such work, and they are made to do jobs, or to accept conditions, that they never agreed to.
      `),
    ),
    // Two fictional example stories, as on the reference page; each shows only while its consent covers the web.
    storyTeaser(story('hai')),
    storyTeaser(story('rasa')),
    callToAction('Help end human trafficking', 'Push for change with thousands of supporters, or give to fund our work with survivors.', [
      button(urlLink('Campaign with us', '/campaigns'), 'primary'),
      button(urlLink('Donate', '/donate'), 'secondary'),
    ]),
    relatedLinks('Find out more', [
      pageLink('Forced labour', page('/slavery-today/forced-labour')),
      pageLink('Child trafficking', page('/slavery-today/child-trafficking')),
      pageLink('Spot the signs of forced labour', page('/slavery-today/spot-the-signs')),
    ]),
  ],
}
