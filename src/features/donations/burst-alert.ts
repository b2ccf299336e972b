import type { Payload } from 'payload'
import type { Env } from '../../env'
import { createRateLimiter, type RateLimiter } from '../../site/forms/rate-limit'
import { defaultLocale } from '../../site/locales'
import { queueMail, renderMail } from '../mail'
import { paymentAlertsSlug } from './collections/PaymentAlerts'
import { defaultDonationLimits } from './limits'

/** At most one alert an hour: a long attack is one problem, not a hundred e-mails. */
const alertsPerHour = { points: 1, durationSeconds: 3600 }

export type BurstWatch = { burst: RateLimiter; alerts: RateLimiter }

export const createBurstWatch = (env: Env, burst: RateLimiter): BurstWatch => ({ burst, alerts: createRateLimiter('donate-burst-alerts', alertsPerHour, env) })

/**
 * Counts one Checkout attempt site-wide. Past the burst threshold it records a payment alert
 * (shown above the donations list) and e-mails admins and fundraisers. Staff mail is in English,
 * like the admin. Never blocks the donor.
 */
export async function noteCheckoutAttempt(payload: Payload, env: Env, watch: BurstWatch, rule = defaultDonationLimits.burst): Promise<boolean> {
  if (await watch.burst.allow('site')) return false
  if (!(await watch.alerts.allow('site'))) return false
  const windowMinutes = Math.round(rule.durationSeconds / 60)
  const summary = `More than ${rule.points} donation attempts in ${windowMinutes} minutes`
  const alert = await payload.create({ collection: paymentAlertsSlug, data: { summary, attempts: rule.points, windowMinutes }, depth: 0, overrideAccess: true })
  payload.logger.warn({ attempts: rule.points, windowMinutes }, 'Donation attempts are bursting: possible card testing')
  const [{ docs: staff }, settings] = await Promise.all([
    payload.find({ collection: 'users', where: { role: { in: ['admin', 'fundraiser'] } }, depth: 0, limit: 200, pagination: false, overrideAccess: true }),
    payload.findGlobal({ slug: 'site-settings', depth: 0, select: { charityName: true } }),
  ])
  for (const person of staff) {
    const { html, text } = renderMail({
      locale: defaultLocale,
      charityName: settings.charityName,
      heading: 'Unusual donation activity',
      paragraphs: [
        `${summary} reached the donate page just now. A burst like this is often card testing: someone trying stolen card numbers with small gifts.`,
        'Look at recent payments in your Stripe dashboard. If many are failing, raise the smallest gift in Site settings → Donations, and consider turning on Stripe Radar rules for the donation form.',
      ],
      action: { label: 'See payment alerts', url: `${env.SITE_URL}/admin/collections/${paymentAlertsSlug}` },
    })
    await queueMail(payload, { to: person.email, subject: 'Unusual donation activity on your website', html, text, locale: defaultLocale, idempotencyKey: `payment-alert:${alert.id}:${person.id}`, category: 'staff-alert' })
  }
  return true
}
