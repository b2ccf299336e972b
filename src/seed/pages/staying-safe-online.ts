import { richText } from '../blocks'
import type { PageSeed } from '../types'

/** Honest about what the quick exit does not do, and how to leave fewer traces on a shared device. */
export const stayingSafeOnline: PageSeed = {
  slug: 'staying-safe-online',
  parentPath: '/get-help',
  title: 'Staying safe online',
  intro: 'If someone else can look at your phone or computer, they may be able to see which websites you have visited. These steps make that less likely.',
  seo: { description: 'What the "Exit this page" button does and does not do, private browsing, clearing your history and using a device someone else checks.' },
  layout: ({ markdown }) => [
    richText(
      markdown(`
        ## The "Exit this page" button

        - Selecting "Exit this page", or pressing the Shift key 3 times, takes you straight to an everyday website, such as a weather forecast.
        - It does **not** delete your browsing history. The pages you read here can still be seen in your history.
        - When you leave this way, pressing Back does not bring this site up again, but it is still in your history list.

        ## Private browsing

        Most browsers have a private mode: a "Private" window in Safari and Firefox, "Incognito" in Chrome, "InPrivate" in Edge. Pages you visit in it are not kept in your history once you close all private windows.

        Private browsing does not hide what you do from your internet provider, from the network of a workplace or school, or from someone who can see your screen.

        ## Clearing your history

        If you did not use private browsing, you can delete the pages from your history: in most browsers, open the menu, choose "History" and delete the pages from this site.

        If someone checks your device often, an empty history may look suspicious. Deleting only the pages from this site can be safer than deleting everything.

        ## If someone else uses or checks your device

        - If you can, use a device they cannot check: a friend's phone, or a computer in a library.
        - The address bar may suggest this site when you type a few letters. Deleting it from your history stops that.
        - Think about who can see your phone bill, your e-mail and your messages.
        - This website sets no cookies and tells no other company that you visited, but your browser still keeps its own history.

        ## If you are in danger now

        Call 999. If you cannot speak, stay on the line and press 55 when you are asked.
      `),
    ),
  ],
}
