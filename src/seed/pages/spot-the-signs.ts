import { button, callToAction, pageLink, relatedLinks, richText, urlLink } from '../blocks'
import type { PageSeed } from '../types'

/** The International Labour Organization's 11 indicators of forced labour, explained simply. */
export const spotTheSigns: PageSeed = {
  slug: 'spot-the-signs',
  parentPath: '/slavery-today',
  title: 'Spot the signs of forced labour',
  intro: 'The International Labour Organization lists 11 signs that someone may be in forced labour. One sign alone proves little; several together are a reason to act.',
  heroImage: 'tiles',
  seo: { description: "The ILO's 11 indicators of forced labour, in plain words, and what to do if you recognise them." },
  layout: ({ markdown, page }) => [
    richText(
      markdown(`
        ## The 11 indicators

        1. **Abuse of vulnerability**: the employer takes advantage of someone's weak position, such as not speaking the language, having no papers, or depending on them for a home.
        2. **Deception**: the job, the pay or the conditions turn out to be nothing like what was promised.
        3. **Restriction of movement**: the person is locked in, watched, or not allowed to leave the workplace or the housing that comes with it.
        4. **Isolation**: they are kept away from other people, or work somewhere remote or hidden.
        5. **Physical and sexual violence**: they are hurt, or made to do things by force.
        6. **Intimidation and threats**: they are threatened with violence, with being reported to the authorities, or with harm to their family.
        7. **Retention of identity documents**: someone else holds their passport or ID and will not give it back.
        8. **Withholding of wages**: pay is kept back, delayed or never paid, so that leaving means losing what they have earned.
        9. **Debt bondage**: they are made to work off a debt, often for travel or a job "fee", that keeps growing.
        10. **Abusive working and living conditions**: the work is degrading or dangerous, or the housing is overcrowded and unsafe.
        11. **Excessive overtime**: they work far longer hours than the law allows, with no real choice to refuse.

        ## What to do

        If someone is in immediate danger, call 999. If you are unsure, or you want to talk it through, call the Modern Slavery & Exploitation Helpline on 08000 121 700. It is free, confidential and open 24 hours a day, 7 days a week.

        Please do not confront anyone you suspect of exploiting people: it can put the person you are worried about in more danger.
      `),
    ),
    callToAction('Need help now?', 'Our get help page lists helplines and safety advice, with a quick exit button.', [button(urlLink('Get help', '/get-help'))]),
    relatedLinks('Find out more', [
      pageLink('Forced labour', page('/slavery-today/forced-labour')),
      pageLink('Human trafficking', page('/slavery-today/human-trafficking')),
      pageLink('Child trafficking', page('/slavery-today/child-trafficking')),
    ]),
  ],
}
