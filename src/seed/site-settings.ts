import type { Payload } from 'payload'
import type { SiteSetting } from '../payload-types'
import { helplineSeed } from '../features/get-help/settings-fields'
import { defaultQuickExitUrl } from '../features/quick-exit/settings-fields'
import { pageLink, urlLink } from './blocks'

type PageIdByPath = (path: string) => number

/** Demo amounts with what each could pay for (illustrative figures for a fictional charity). */
const demoDonationSettings: SiteSetting['donations'] = {
  minimumPounds: 2,
  maximumPounds: 10_000,
  oneOffAmounts: [
    { pounds: 15, impact: 'could cover a survivor’s travel to a first meeting with a caseworker' },
    { pounds: 40, impact: 'could fund an hour of specialist legal advice' },
    { pounds: 100, impact: 'could pay for a week of emergency food and toiletries for a family' },
  ],
  monthlyAmounts: [
    { pounds: 5, impact: 'could keep a helpline adviser on the phone for half an hour every month' },
    { pounds: 12, impact: 'could help train a frontline worker to spot the signs of exploitation' },
    { pounds: 25, impact: 'could support a survivor through a month of recovery' },
  ],
}

/**
 * Fills in whatever the site settings still lack and leaves everything an admin has already set,
 * so a second run (or a half-finished first one) never overwrites an edit.
 */
export async function ensureSiteSettings(payload: Payload, page: PageIdByPath): Promise<boolean> {
  const current = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const footer = current.footer ?? {}
  const complete = Boolean(
    current.charityName &&
      current.charityNumber &&
      current.tagline &&
      current.navigation?.length &&
      footer.text &&
      footer.links?.length &&
      footer.address &&
      current.helplines?.length &&
      current.interests?.length &&
      current.donations?.oneOffAmounts?.length,
  )
  if (complete) return false
  const filled: Omit<SiteSetting, 'id'> = {
    charityName: current.charityName || 'Freedom Line',
    charityNumber: current.charityNumber || '1234567',
    tagline: current.tagline || 'Ending modern slavery, together',
    navigation: current.navigation?.length
      ? current.navigation
      : [
          pageLink('Slavery today', page('/slavery-today')),
          pageLink('Human trafficking', page('/slavery-today/human-trafficking')),
          urlLink('Stories', '/stories'),
          urlLink('News', '/news'),
          urlLink('Get help', '/get-help'),
        ],
    footer: {
      text:
        footer.text ||
        'Freedom Line works to end modern slavery in the UK and beyond. If you are worried about someone, call the Modern Slavery & Exploitation Helpline on 08000 121 700 (free, 24 hours). In an emergency, call 999.',
      links: footer.links?.length
        ? footer.links
        : [
            urlLink('Get help', '/get-help'),
            pageLink('Spot the signs', page('/slavery-today/spot-the-signs')),
            urlLink('News', '/news'),
            urlLink('Sign up for updates', '/updates'),
            urlLink('Donate', '/donate'),
          ],
      address: footer.address || 'Registered office: 12 Harbour Row, Bristol BS1 4ZZ, United Kingdom.',
    },
    helplines: current.helplines?.length ? current.helplines : [helplineSeed],
    interests: current.interests?.length
      ? current.interests
      : [{ label: 'Campaigns and petitions' }, { label: 'News and research' }, { label: 'Events and fundraising' }],
    safety: { ...current.safety, quickExitUrl: current.safety?.quickExitUrl || defaultQuickExitUrl },
    donations: current.donations?.oneOffAmounts?.length ? current.donations : demoDonationSettings,
  }
  await payload.updateGlobal({ slug: 'site-settings', data: filled, overrideAccess: true })
  return true
}
