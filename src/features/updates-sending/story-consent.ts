import { consentCoversWeb, type ConsentRecord } from '../stories/consent'

/**
 * A story may go out in an e-mail only while the person's consent covers both the website (the
 * card links to the story) and e-mail. Checked before sending and again on every archive render.
 */
export const consentCoversEmail = (story: { consent?: ConsentRecord | null }, now: Date = new Date()): boolean =>
  consentCoversWeb(story, now) && Boolean(story.consent?.scope?.includes('fundraising-email'))
