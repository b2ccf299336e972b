import { createLocalReq, type Payload } from 'payload'
import { updateEndpoints } from '../../src/features/updates-sending/staff/endpoints'
import { newManageKey } from '../../src/features/updates/supporters'
import type { Supporter, Update, User } from '../../src/payload-types'
import type { LocaleCode } from '../../src/site/locales'
import { paragraph, richText, text } from './lexical'

export type SupporterSpec = { email: string; status?: Supporter['status']; locale?: LocaleCode; interests?: string[] }

/**
 * A supporter as the sign-up flow leaves one (confirmed unless said otherwise), created directly:
 * the sign-up and confirmation themselves have their own tests.
 */
export async function addSupporter(payload: Payload, secret: string, spec: SupporterSpec): Promise<Supporter> {
  const status = spec.status ?? 'subscribed'
  return payload.create({
    collection: 'supporters',
    overrideAccess: true,
    data: {
      email: spec.email,
      emailKey: spec.email.toLowerCase(),
      locale: spec.locale ?? 'en',
      status,
      interests: spec.interests ?? [],
      confirmedAt: status === 'pending' ? undefined : new Date().toISOString(),
      ...newManageKey(secret),
    },
  })
}

export const simpleBody = (words: string) => richText(paragraph(text(words)))

/** An update written by a member of staff through the access rules, as the admin saves one. */
export function writeUpdate(payload: Payload, user: User, data: Partial<Update>): Promise<Update> {
  return payload.create({
    collection: 'updates',
    overrideAccess: false,
    user,
    data: { language: 'en', audience: 'topics', ...data } as Update,
  })
}

/** Calls one of the update panel's endpoints as this member of staff, as Payload's REST handler does. */
export async function callUpdateEndpoint(payload: Payload, path: string, user: User | undefined, id: number | string, options: { body?: unknown; query?: string } = {}): Promise<Response> {
  const method = ['/:id/preview', '/:id/audience', '/:id/progress'].includes(path) ? 'get' : 'post'
  const endpoint = updateEndpoints.find((candidate) => candidate.path === path && candidate.method === method)
  if (!endpoint) throw new Error(`no endpoint ${path}`)
  const req = await createLocalReq(user ? { user: { ...user, collection: 'users' } } : {}, payload)
  req.routeParams = { id: String(id) }
  for (const [name, value] of new URLSearchParams(options.query ?? '')) req.searchParams.set(name, value)
  if (options.body !== undefined) req.json = () => Promise.resolve(options.body)
  return endpoint.handler(req)
}
