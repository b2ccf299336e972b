import { button, callToAction, pageLink, relatedLinks, richText, urlLink } from './blocks'
import type { NewsSeed } from './types'

const helplineWeek: NewsSeed = {
  slug: 'spot-the-signs-week-2026',
  title: 'Spot the signs week: 40 community groups join in',
  publishedOn: '2026-03-09T09:00:00.000Z',
  author: 'Priya Natarajan',
  intro: 'Libraries, faith groups and sports clubs across the country spent a week learning how to recognise forced labour, and what to do next.',
  heroImage: 'circles',
  seo: { description: 'Forty community groups took part in our first spot the signs week.' },
  layout: ({ markdown, page }) => [
    richText(
      markdown(`
        Our first spot the signs week brought together 40 community groups, from a library reading circle in Leeds to a five-a-side league in Cardiff. Each group ran a short session with our volunteers, using the International Labour Organization's 11 indicators of forced labour as a guide.

        ## Why local groups matter

        Exploitation often happens in ordinary places: the car wash on the high street, the house with the curtains always closed, the farm down the lane. The people best placed to notice are neighbours, customers and friends. A person who knows the signs, and knows that the helpline is free and confidential, can make the call that changes someone's life.

        ## What comes next

        We will publish the session materials later this year so that any group can run one. If you would like to host a session, sign up for updates and we will let you know when booking opens.
      `),
    ),
    callToAction('Learn the signs yourself', 'It takes five minutes to read the 11 indicators.', [button(pageLink('Spot the signs', page('/slavery-today/spot-the-signs')))]),
  ],
}

const supplyChainReport: NewsSeed = {
  slug: 'supply-chain-statements-2026',
  title: 'Most company slavery statements still say too little',
  publishedOn: '2026-05-14T09:00:00.000Z',
  author: 'Tom Okafor',
  intro: 'We read 200 modern slavery statements from UK companies. Most describe policies; few show what the company found or changed.',
  heroImage: 'fields',
  seo: { description: 'Our review of 200 modern slavery statements from UK companies.' },
  layout: ({ markdown, page }) => [
    richText(
      markdown(`
        Large businesses in the UK must publish a statement each year on the steps they take to find and prevent modern slavery in their operations and supply chains. Our volunteers read 200 of this year's statements, chosen at random from food, clothing, construction and cleaning companies.

        ## What we found

        - Most statements describe policies and codes of conduct, but say nothing about what the company actually checked.
        - Only a small number name a risk they found and explain what they did about it.
        - Very few say how workers can raise a concern safely, in a language they understand.

        ## Why it matters

        Most people who are trafficked are exploited for their labour, often far down a chain of suppliers that the brand at the top never sees. A statement that only lists policies tells customers, investors and workers very little.

        ## What we are asking for

        We want every statement to report what a company looked for, what it found, and what changed as a result. Our campaign asks the government to set out clear minimum content for statements and to act when companies do not publish one.

        *These figures come from a fictional review written for this demo site.*
      `),
    ),
    callToAction('Make statements count', 'Add your name to our campaign for honest reporting.', [
      button(urlLink('Campaign with us', '/campaigns')),
      button(urlLink('Donate', '/donate'), 'secondary'),
    ]),
    relatedLinks('Find out more', [pageLink('Forced labour', page('/slavery-today/forced-labour'))]),
  ],
}

export const newsSeeds: NewsSeed[] = [helplineWeek, supplyChainReport]
