import type { Role } from '../../../src/access/roles'
/** The REST API as a member of staff uses it (a JWT from the login endpoint), for test set-up and checks. */
export async function staffToken(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(15_000),
  })
  if (!response.ok) throw new Error(`staff login failed with ${response.status}`)
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error('staff login returned no token')
  return token
}

export const bearer = (token: string): Record<string, string> => ({ Authorization: `JWT ${token}` })

export type StaffAccount = { email: string; password: string; role: Role }

/** A member of staff created through the REST API by an admin (as the Users screen does), then signed in. */
export async function createStaffAccount(baseUrl: string, adminToken: string, account: StaffAccount): Promise<string> {
  const created = await fetch(`${baseUrl}/api/users`, {
    method: 'POST',
    headers: { ...bearer(adminToken), 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...account, name: `Test ${account.role}` }),
    signal: AbortSignal.timeout(15_000),
  })
  if (created.status !== 201) throw new Error(`creating a ${account.role} answered ${created.status}: ${await created.text()}`)
  return staffToken(baseUrl, account.email, account.password)
}

/** The text of the newest message the site stored for this address (no SMTP in the browser run: the outbox keeps it). */
export async function lastMailTo(baseUrl: string, token: string, address: string): Promise<{ subject: string; text: string }> {
  const query = new URLSearchParams({ 'where[to][equals]': address, sort: '-createdAt', limit: '1' })
  const response = await fetch(`${baseUrl}/api/mail-outbox?${query}`, { headers: bearer(token), signal: AbortSignal.timeout(15_000) })
  const { docs } = (await response.json()) as { docs: { subject: string; text: string }[] }
  if (!docs[0]) throw new Error(`no mail to ${address}`)
  return docs[0]
}

/** The path of the first link in a text that contains `prefix` followed by a token or slug. */
export const pathOfLink = (text: string, prefix: string): string => {
  const url = new RegExp(`https?://[^\\s]+${prefix}[\\w-]+`).exec(text)?.[0]
  if (!url) throw new Error(`no ${prefix} link in ${text}`)
  return new URL(url).pathname
}
