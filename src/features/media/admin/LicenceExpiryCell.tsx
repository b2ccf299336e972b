import { licenceState } from '../licence'

const labels = { expired: 'Expired', expiring: 'Expires soon' } as const
const colours = { expired: 'var(--theme-error-500)', expiring: 'var(--theme-warning-800)' } as const

/** The licence expiry column of the media list: the date, flagged when it has passed or is near. */
export function LicenceExpiryCell({ cellData }: { cellData?: unknown }) {
  if (typeof cellData !== 'string' || !cellData) return <span>—</span>
  const state = licenceState(cellData)
  return (
    <span>
      {cellData.slice(0, 10)}
      {state === 'current' ? null : (
        <strong style={{ marginInlineStart: '0.5rem', color: colours[state] }}>{labels[state]}</strong>
      )}
    </span>
  )
}
