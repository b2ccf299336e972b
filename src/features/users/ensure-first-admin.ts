import type { Payload } from 'payload'
import type { Env } from '../../env'

/**
 * With ADMIN_EMAIL and ADMIN_PASSWORD set, an empty install gets its first admin at start.
 * Without them the admin's welcome screen asks for the first account.
 */
export async function ensureFirstAdmin(payload: Payload, env: Pick<Env, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'>): Promise<void> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, name: 'Administrator', role: 'admin' },
  })
  payload.logger.info(`Created the first admin account for ${env.ADMIN_EMAIL}`)
}
