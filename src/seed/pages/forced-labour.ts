import { button, callToAction, image, pageLink, relatedLinks, richText, urlLink } from '../blocks'
import type { PageSeed } from '../types'

export const forcedLabour: PageSeed = {
  slug: 'forced-labour',
  parentPath: '/slavery-today',
  title: 'Forced labour',
  intro: 'Forced labour is work that someone is made to do under threat, and that they never freely agreed to. It is the most common reason people are trafficked.',
  seo: { description: 'What forced labour is, where it happens and how people are trapped in it.' },
  layout: ({ markdown, image: imageId, page }) => [
    richText(
      markdown(`
        ## What forced labour is

        International law describes forced labour as work or service that is demanded from a person under the threat of some penalty, and that the person has not offered to do of their own free will. The penalty need not be violence: it can be a threat to report someone to the authorities, to harm their family, or to keep wages they have already earned.

        ## Where it happens

        Forced labour is found in almost every part of the economy. In the UK it has been uncovered on farms and in food packing, on building sites, in car washes and nail bars, in factories, in hotels and restaurants, and on fishing boats. Much of it is hidden in the long chains of suppliers behind everyday goods.

        ## How people are held

        Few people are locked in. More often they are held by things that are harder to see:

        - **debt**: a "fee" for travel, housing or the job itself that grows faster than it can ever be paid off
        - **documents**: passports and identity papers "kept safe" by the employer
        - **isolation**: no shared language, no contacts, and no idea where to turn
        - **fear**: of violence, of the police, or of what might happen to family back home

        Anyone can be exploited, but people with insecure immigration status, little money or few friends nearby are most at risk.
      `),
    ),
    image(imageId('fields')),
    callToAction('Help end forced labour', 'Ask businesses to check who makes what they sell, and support people who have escaped.', [
      button(urlLink('Campaign with us', '/campaigns')),
      button(urlLink('Donate', '/donate'), 'secondary'),
    ]),
    relatedLinks('Find out more', [
      pageLink('Spot the signs of forced labour', page('/slavery-today/spot-the-signs')),
      pageLink('Human trafficking', page('/slavery-today/human-trafficking')),
      pageLink('Child trafficking', page('/slavery-today/child-trafficking')),
    ]),
  ],
}
