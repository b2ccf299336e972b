import { button, callToAction, helplines, richText, signsOfExploitation, urlLink } from '../blocks'
import type { PageSeed } from '../types'

/**
 * For someone who may be in exploitation now, perhaps reading on a phone someone else checks:
 * numbers first, then what a call is like, the signs, and other ways to report.
 */
export const getHelp: PageSeed = {
  slug: 'get-help',
  title: 'Get help',
  intro: 'If you, or someone you know, are being forced to work, controlled or exploited, you are not alone and it is not your fault. Help is free and confidential, day and night.',
  seo: { description: 'Free, confidential help if you or someone you know is being exploited: who to call, what happens when you call, and the signs to look for.' },
  layout: ({ markdown }) => [
    helplines(),
    richText(
      markdown(`
        ## What happens when you call

        - A trained adviser answers, at any time of the day or night. You can speak in your own language: they can bring in an interpreter.
        - You do not have to give your name, and you do not need to be sure or to have proof.
        - They listen, explain your options and can put you in touch with support: somewhere safe to stay, a doctor, legal advice.
        - What you say is confidential. They share it, for example with the police or a support service, only if you agree, unless someone's life is in immediate danger or a child is at risk.
        - The helpline is run by a charity. It is independent of the police and the government.
      `),
    ),
    signsOfExploitation(),
    richText(
      markdown(`
        ## Other ways to report

        - **Online:** if you cannot talk on the phone, use the helpline's "Report online" link above. It works at any time.
        - **Anonymously:** in the UK you can call Crimestoppers on 0800 555 111. They will not ask for your name.
        - **If a child may be at risk:** call 999, or the NSPCC helpline on 0808 800 5000.
        - **If you cannot speak on a 999 call:** stay on the line and press 55 when you are asked. This works from a mobile phone.
      `),
    ),
    callToAction('Is someone checking your phone?', 'Read how to use this site more safely, and what the "Exit this page" button can and cannot do.', [
      button(urlLink('Staying safe online', '/get-help/staying-safe-online')),
    ]),
  ],
}
