'use client'
import { useDocumentInfo } from '@payloadcms/ui'

/** On a saved claim: its HMRC schedule as .ods (what Charities Online takes) and as CSV. */
export function ClaimDownloads() {
  const { id } = useDocumentInfo()
  if (!id) return <p>Save to gather the donations ready for Gift Aid; the schedule to send HMRC appears here.</p>
  return (
    <p style={{ display: 'flex', gap: '1.5rem' }}>
      <a href={`/api/gift-aid-claims/${id}/schedule.ods`} download>
        Download schedule for HMRC (.ods)
      </a>
      <a href={`/api/gift-aid-claims/${id}/schedule.csv`} download>
        Download as CSV
      </a>
    </p>
  )
}
