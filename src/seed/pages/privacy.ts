import { richText } from '../blocks'
import type { PageSeed } from '../types'

export const privacy: PageSeed = {
  slug: 'privacy',
  title: 'Privacy',
  intro: 'Reading this website does not put a cookie on your device or send anything about you to another company. Here is what we do keep, and why.',
  seo: { description: 'How Freedom Line handles personal data: no cookies or trackers for readers, and what staff accounts store.' },
  layout: ({ markdown }) => [
    richText(
      markdown(`
        ## If you are reading the website

        - **No cookies.** We do not set any cookies for readers.
        - **No trackers.** There is no advertising, no third-party analytics, and no tracking pixels.
        - **Nothing from other companies.** Fonts, images and scripts all come from our own server, so opening a page here does not tell any other company that you visited.

        Like every website, our server has to receive your device's IP address in order to send you a page. We use it only to deliver the page and to protect the site from abuse, for example by limiting repeated form submissions.

        ## If you work or volunteer for us

        Staff accounts for the website's editing area store your name, e-mail address and role, a securely hashed version of your password (never the password itself), and a count of recent failed sign-in attempts so that we can lock an account under attack. Signing in sets a cookie that keeps you signed in, and the editing area may use cookies to remember your language and display choices. These cookies are only ever set for staff, never for readers.

        ## Your rights

        You can ask us for a copy of the personal data we hold about you, or ask us to correct or delete it. We will reply within one calendar month. If you are unhappy with how we have handled your data, you can complain to the Information Commissioner's Office.

        ## Who we are

        Freedom Line is a registered charity (number 1234567) and is responsible for the personal data described here. Write to us at our registered address, shown at the foot of every page.
      `),
    ),
  ],
}
