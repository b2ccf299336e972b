import type { Payload } from 'payload'
import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'

export const testPassword = 'correct horse battery staple'

/** Creates a member of staff with this role (as the system, bypassing access rules). */
export async function createStaff(payload: Payload, role: Role, email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`): Promise<User> {
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password: testPassword, name: `Test ${role}`, role },
  })
}

/** Signs in and returns the session token Payload puts in its `payload-token` cookie. */
export async function signIn(payload: Payload, email: string, password = testPassword): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`No token for ${email}`)
  return token
}

/**
 * Request headers that carry a staff session the way a browser does: the admin's cookie, on a
 * request the browser marks as coming from this site (Payload ignores the cookie otherwise).
 */
export const staffCookie = (token: string, site: 'same-origin' | 'cross-site' = 'same-origin'): Record<string, string> => ({
  Cookie: `payload-token=${token}`,
  'Sec-Fetch-Site': site,
})

/** The same session as an API client sends it. */
export const staffAuthorization = (token: string): Record<string, string> => ({ Authorization: `JWT ${token}` })
