import type { Hono } from 'hono'
import type { Payload } from 'payload'
import { currentWording } from '../../src/features/updates/consent-wording'
import { issueRenderStamp } from '../../src/site/forms/form-timing'

export const siteOrigin = 'http://localhost:3000'

/** The charity's details the e-mails must carry, and two topics to choose from. */
export async function setUpCharity(payload: Payload): Promise<{ topics: string[] }> {
  const settings = await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      charityName: 'Freedom Line',
      charityNumber: '1234567',
      footer: { address: '1 Example Street, London E1 1AA' },
      interests: [{ label: 'Campaigns' }, { label: 'Events' }],
    },
  })
  return { topics: (settings.interests ?? []).map((row) => String(row.id)) }
}

/** A signed render time from long enough ago that the submission reads as a person's. */
export const humanStamp = (secret: string): string => issueRenderStamp(secret, Date.now() - 10_000)

export type SignUpBody = Record<string, string | string[]>

/** The body a browser posts from the /updates form (a current wording version is looked up). */
export async function signUpBody(payload: Payload, secret: string, fields: SignUpBody): Promise<URLSearchParams> {
  const { version } = await currentWording(payload, 'en')
  const body = new URLSearchParams({ wording: String(version), form: 'updates-page', page: '/updates', rendered: humanStamp(secret) })
  for (const [name, value] of Object.entries(fields)) {
    body.delete(name)
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item)
  }
  return body
}

/** POSTs a form the way a browser on the site does (Origin, urlencoded). */
export function postForm(app: Hono, path: string, body: URLSearchParams | string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: siteOrigin, ...headers },
    }),
  )
}

/** The site path of the first link in a text that starts with this path. */
export function linkIn(text: string, pathPrefix: string): string {
  const match = new RegExp(`${siteOrigin}(${pathPrefix.replaceAll('/', '\\/')}[\\w/-]+)`).exec(text)
  if (!match?.[1]) throw new Error(`No ${pathPrefix} link in:\n${text}`)
  return match[1]
}
