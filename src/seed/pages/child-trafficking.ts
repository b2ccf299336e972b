import { button, callToAction, pageLink, relatedLinks, richText, urlLink } from '../blocks'
import type { PageSeed } from '../types'

export const childTrafficking: PageSeed = {
  slug: 'child-trafficking',
  parentPath: '/slavery-today',
  title: 'Child trafficking',
  intro: 'Any child brought into exploitation has been trafficked, whether or not anyone used force or lies. Children cannot consent to their own exploitation.',
  heroImage: 'circles',
  seo: { description: 'How children are trafficked and exploited, and what to do if you are worried about a child.' },
  layout: ({ markdown, page }) => [
    richText(
      markdown(`
        ## A lower bar, for good reason

        When an adult is trafficked, the law looks for violence, deception or coercion. For anyone under 18 it does not: recruiting, moving or holding a child so that they can be exploited is trafficking, even if the child seemed to go along with it. Children are easier to manipulate, and they often do not see themselves as victims.

        ## How children are exploited

        Children are trafficked for many of the same reasons as adults, and some that are their own. In the UK, the most common forms include:

        - criminal exploitation, such as carrying or selling drugs for gangs ("county lines"), or shoplifting
        - sexual exploitation
        - domestic servitude, looking after a household with no pay and no schooling
        - forced begging
        - forced labour, for example in cannabis farms, restaurants or nail bars

        Many of these children are British and never leave the country; others arrive alone from abroad.

        ## What you might notice

        A child who often goes missing, has money, clothes or phones they cannot explain, spends time with older "friends", stops going to school, or seems frightened of someone may be being exploited. None of these proves it, but together they are a reason to ask for advice.

        ## If you are worried about a child

        If a child is in immediate danger, call 999. Otherwise, contact the police on 101 or your local council's children's services, or read our [get help page](/get-help).
      `),
    ),
    callToAction('Protect children from exploitation', 'Support our work with schools and young people.', [
      button(urlLink('Donate', '/donate')),
      button(urlLink('Sign up for updates', '/updates'), 'secondary'),
    ]),
    relatedLinks('Find out more', [
      pageLink('Human trafficking', page('/slavery-today/human-trafficking')),
      pageLink('Forced labour', page('/slavery-today/forced-labour')),
      pageLink('Spot the signs of forced labour', page('/slavery-today/spot-the-signs')),
    ]),
  ],
}
