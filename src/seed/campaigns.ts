import type { Payload } from 'payload'

const day = 24 * 60 * 60 * 1000

/** One open campaign on the seed's theme and one that has ended, with what it achieved. */
const campaignSeeds = [
  {
    slug: 'end-forced-labour-in-supply-chains',
    title: 'End forced labour in supply chains',
    summary: 'Big companies sell goods made with forced labour and face no consequences. Ask the government for a law that makes them find it, fix it and report it.',
    target: 'The Secretary of State for Business and Trade',
    petitionText:
      'We call on the government to pass a law requiring every large company selling in the UK to check its supply chains for forced labour, to put right what it finds, and to report honestly each year, with real penalties for those that do not.',
    signatureGoal: 10000,
    deadline: () => new Date(Date.now() + 120 * day).toISOString(),
    status: 'open' as const,
  },
  {
    slug: 'free-helpline-calls',
    title: 'Make helpline calls free from every phone',
    summary: 'People escaping exploitation often have no credit on their phone. We asked the mobile networks to make calls to the modern slavery helpline free.',
    target: 'The UK mobile network operators',
    petitionText: 'We ask every UK mobile network to make calls to the modern slavery helpline free of charge, from every phone, with or without credit.',
    signatureGoal: 5000,
    deadline: () => new Date(Date.now() - 200 * day).toISOString(),
    status: 'won' as const,
    outcome: 'We won. 6,214 of you signed, and all four networks now carry helpline calls free of charge, even from phones without credit. Thank you.',
  },
]

/** Creates the demo campaigns that are missing (by slug). */
export async function ensureCampaigns(payload: Payload): Promise<number> {
  let created = 0
  for (const { deadline, ...seed } of campaignSeeds) {
    const { totalDocs } = await payload.count({ collection: 'campaigns', where: { slug: { equals: seed.slug } }, overrideAccess: true })
    if (totalDocs) continue
    await payload.create({ collection: 'campaigns', data: { ...seed, deadline: deadline(), _status: 'published' }, overrideAccess: true })
    created += 1
  }
  return created
}
