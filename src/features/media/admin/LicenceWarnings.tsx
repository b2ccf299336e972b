import type { Payload } from 'payload'
import { licenceHorizon } from '../licence'

/** The media list showing only images whose licence expiry falls in the given range. */
function listUrl(range: Record<string, string>): string {
  const query = new URLSearchParams()
  for (const [operator, value] of Object.entries(range)) query.set(`where[licenceExpiresOn][${operator}]`, value)
  query.set('sort', 'licenceExpiresOn')
  return `/admin/collections/media?${query}`
}

/**
 * Above the media list: how many images have a licence that has ended (they should come off the
 * site) or ends within 30 days, each a link to the list of exactly those images.
 */
export async function LicenceWarnings({ payload }: { payload: Payload }) {
  const now = new Date().toISOString()
  const horizon = licenceHorizon().toISOString()
  const [expired, expiring] = await Promise.all([
    payload.count({ collection: 'media', where: { licenceExpiresOn: { less_than_equal: now } }, overrideAccess: true }),
    payload.count({ collection: 'media', where: { and: [{ licenceExpiresOn: { greater_than: now } }, { licenceExpiresOn: { less_than_equal: horizon } }] }, overrideAccess: true }),
  ])
  if (!expired.totalDocs && !expiring.totalDocs) return null
  return (
    <section
      aria-label="Image licences"
      style={{ margin: '0 0 1.5rem', padding: '0.75rem 1rem', borderInlineStart: '4px solid var(--theme-error-500)', background: 'var(--theme-warning-100)', color: 'var(--theme-text)' }}
    >
      <p style={{ margin: 0, fontWeight: 600 }}>Image licences need attention</p>
      <ul style={{ margin: '0.5rem 0 0', paddingInlineStart: '1.25rem' }}>
        {expired.totalDocs ? (
          <li>
            <a href={listUrl({ less_than_equal: now })}>
              {expired.totalDocs === 1 ? '1 image has' : `${expired.totalDocs} images have`} an expired licence
            </a>
            : replace {expired.totalDocs === 1 ? 'it' : 'them'} or renew the licence.
          </li>
        ) : null}
        {expiring.totalDocs ? (
          <li>
            <a href={listUrl({ greater_than: now, less_than_equal: horizon })}>
              {expiring.totalDocs === 1 ? '1 image has a licence' : `${expiring.totalDocs} images have licences`} ending within 30 days
            </a>
            .
          </li>
        ) : null}
      </ul>
    </section>
  )
}
