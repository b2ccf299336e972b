import { button, callToAction, donateBanner, pageLink, relatedLinks, richText, urlLink } from '../blocks'
import { traffickedAtAnyOneTime } from '../statistics'
import type { PageSeed } from '../types'

export const home: PageSeed = {
  slug: 'home',
  title: 'Together we can end modern slavery',
  intro:
    'Freedom Line works to prevent modern slavery, to stand beside the people who survive it, and to change the laws and business practices that let it continue.',
  heroImage: 'horizon',
  // The same as the charity's name, so the browser tab reads "Freedom Line" alone.
  seo: { title: 'Freedom Line', description: 'Freedom Line is a UK charity working to end modern slavery and human trafficking.' },
  layout: ({ markdown, page }) => [
    richText(
      markdown(`
        ## Our mission

        Nobody should be bought, sold, tricked or threatened into work. Yet people are exploited in every country, including here in the UK, often in plain sight.

        We explain how slavery works so that more people can recognise it. We help survivors find safety, advice and a future of their own choosing. And we campaign, with our supporters, for laws and supply chains that leave no room for exploitation.
      `),
    ),
    traffickedAtAnyOneTime(),
    callToAction('Stand with us', 'Hear about our work and campaigns, or give today to help someone rebuild their life.', [
      button(urlLink('Sign up for updates', '/updates')),
      button(urlLink('Donate', '/donate'), 'secondary'),
    ]),
    donateBanner('Give today', 'A gift of any size helps a survivor find safety, good advice and a future of their own choosing.', [15, 40, 100], 'home-page'),
    relatedLinks('Understand modern slavery', [
      pageLink('Human trafficking', page('/slavery-today/human-trafficking')),
      pageLink('Forced labour', page('/slavery-today/forced-labour')),
      pageLink('Child trafficking', page('/slavery-today/child-trafficking')),
      pageLink('Spot the signs of forced labour', page('/slavery-today/spot-the-signs')),
    ]),
  ],
}
