import type { Payload } from 'payload'
import { humanStamp } from './sign-up'

/** A published campaign; closed ones carry an outcome. */
export async function createCampaign(payload: Payload, slug: string, options: { status?: 'open' | 'closed' | 'won'; deadline?: string; goal?: number } = {}) {
  return payload.create({
    collection: 'campaigns',
    data: {
      title: `Campaign ${slug}`,
      summary: 'Make companies prove their supply chains are free of forced labour.',
      target: 'The Secretary of State',
      petitionText: 'We call on the government to require due diligence on forced labour.',
      signatureGoal: options.goal ?? 1000,
      deadline: options.deadline,
      status: options.status ?? 'open',
      outcome: options.status && options.status !== 'open' ? 'The law changed in March: thank you to everyone who signed.' : undefined,
      slug,
      _status: 'published',
    },
  })
}

/** What a browser posts from the petition form. */
export function signatureBody(secret: string, fields: Record<string, string> = {}): URLSearchParams {
  const body = new URLSearchParams({
    firstName: 'Ana',
    lastName: 'Pop',
    email: 'ana@example.org',
    country: 'GB',
    postcode: '',
    version: '1',
    rendered: humanStamp(secret),
  })
  for (const [name, value] of Object.entries(fields)) body.set(name, value)
  return body
}

/** The verified count as a reader sees it on the campaign page. */
export function countIn(html: string): number {
  const match = /id="signature-count">([\d,. ]+) verified/.exec(html)
  if (!match?.[1]) throw new Error('No count on the page')
  return Number(match[1].replace(/\D/g, ''))
}
