import { button, callToAction, pageLink, relatedLinks, richText, urlLink } from '../blocks'
import type { PageSeed } from '../types'

export const slaveryToday: PageSeed = {
  slug: 'slavery-today',
  title: 'Slavery today',
  intro:
    'Slavery was abolished in law long ago, but not in practice. Today it hides in fields, factories, kitchens and private homes, and it can be closer than you think.',
  heroImage: 'doorways',
  seo: { description: 'An overview of modern slavery: what it is, the forms it takes and how to recognise it.' },
  layout: ({ markdown, page }) => [
    richText(
      markdown(`
        ## What we mean by modern slavery

        Modern slavery is an umbrella term. It covers every situation in which one person controls another in order to profit from them, and the person being controlled cannot refuse or leave because of threats, violence, debt, deceit or abuse of power.

        It rarely looks like the chains of history books. A worker whose passport has been taken, a teenager made to carry drugs to pay off a "debt", a woman who cannot leave the house where she cleans day and night: all of them may be in slavery.

        ## Where to start

        The pages below explain the main forms of modern slavery and what to look out for. If you are worried about someone right now, go to our [get help page](/get-help).
      `),
    ),
    relatedLinks('In this section', [
      pageLink('Human trafficking', page('/slavery-today/human-trafficking')),
      pageLink('Forced labour', page('/slavery-today/forced-labour')),
      pageLink('Child trafficking', page('/slavery-today/child-trafficking')),
      pageLink('Spot the signs of forced labour', page('/slavery-today/spot-the-signs')),
    ]),
    callToAction('Worried about someone?', 'Advice is free and confidential. In an emergency, call 999.', [button(urlLink('Get help', '/get-help'))]),
  ],
}
