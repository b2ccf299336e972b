import type { Payload } from 'payload'
import type { Campaign } from '../../payload-types'
import { listTag } from '../../site/cache-tags'
import type { LocaleCode } from '../../site/locales'
import { pageCache } from '../../site/page-cache'
import { campaignsSlug } from './Campaigns'
import { signaturesSlug } from './Signatures'

/** A campaign takes signatures while it is open and its deadline (if any) has not passed. */
export const isOpen = (campaign: Pick<Campaign, 'status' | 'deadline'>, now = Date.now()): boolean =>
  campaign.status === 'open' && (!campaign.deadline || new Date(campaign.deadline).getTime() > now)

export async function findCampaign(payload: Payload, slug: string, locale: LocaleCode, draft = false): Promise<Campaign | undefined> {
  const { docs } = await payload.find({
    collection: campaignsSlug,
    where: { slug: { equals: slug } },
    locale,
    draft,
    overrideAccess: draft,
    depth: 1,
    limit: 1,
    pagination: false,
  })
  return docs[0]
}

export type SigningCampaign = Pick<Campaign, 'id' | 'title' | 'slug' | 'petitionVersion' | 'status' | 'deadline'>

/**
 * Only what signing needs (no blocks, no images), kept until any campaign is published, changed
 * or removed (each of those invalidates the campaigns list tag): a petition going viral costs no
 * read for it per signature. Whether it is still open is worked out at each use.
 */
export function findCampaignForSigning(payload: Payload, slug: string, locale: LocaleCode): Promise<SigningCampaign | undefined> {
  return pageCache().remember(`campaign-signing:${locale}:${slug}`, [listTag(campaignsSlug)], () => readCampaignForSigning(payload, slug, locale))
}

async function readCampaignForSigning(payload: Payload, slug: string, locale: LocaleCode): Promise<SigningCampaign | undefined> {
  const { docs } = await payload.find({
    collection: campaignsSlug,
    where: { slug: { equals: slug } },
    locale,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true, slug: true, petitionVersion: true, status: true, deadline: true },
  })
  return docs[0]
}

/** Open campaigns first, then the rest; newest first within each. */
export async function listCampaigns(payload: Payload, locale: LocaleCode): Promise<Campaign[]> {
  // overrideAccess: false applies the collection's read rule, so only published campaigns are listed.
  const { docs } = await payload.find({ collection: campaignsSlug, locale, depth: 0, limit: 100, pagination: false, sort: '-createdAt', overrideAccess: false })
  const now = Date.now()
  return [...docs.filter((doc) => isOpen(doc, now)), ...docs.filter((doc) => !isOpen(doc, now))]
}

/** The public count: verified signatures only. */
export async function verifiedCount(payload: Payload, campaignId: number): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: signaturesSlug,
    where: { and: [{ campaign: { equals: campaignId } }, { verified: { equals: true } }] },
    overrideAccess: true,
  })
  return totalDocs
}
