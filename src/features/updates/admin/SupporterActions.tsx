'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * On a supporter's record: download everything held about them (subject access request) and
 * erase them (right to erasure). Erasing asks first and cannot be undone.
 */
export function SupporterActions() {
  const { id } = useDocumentInfo()
  const [message, setMessage] = useState('')
  if (!id) return null
  async function erase() {
    if (!window.confirm('Erase this person? Their name, address and e-mails are removed for good. This cannot be undone.')) return
    const response = await fetch(`/api/supporters/${id}/erase`, { method: 'POST', credentials: 'include' })
    if (response.ok) window.location.reload()
    else setMessage('Could not erase this person. Try again, or ask an admin.')
  }
  return (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', marginBlock: '1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/supporters/${id}/personal-data`} download>
        Export this person’s data (JSON)
      </a>
      <button className="btn btn--style-error btn--size-small" type="button" onClick={() => void erase()}>
        Erase this person
      </button>
      {message ? <p role="alert">{message}</p> : null}
    </div>
  )
}
